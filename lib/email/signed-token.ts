// Signed, optionally expiring tokens for emailed links (HMAC-SHA256 with AUTH_SECRET): tampering or expiry is detected.
import crypto from 'node:crypto';
import { getConfig } from '@/lib/config';

export type TokenPayload = { purpose: string; subject: string; expiresAt?: Date };
export type TokenCheck = { ok: true; subject: string } | { ok: false; reason: 'invalid' | 'expired' };

// Only for tests and local runs without `npm start` (which always sets AUTH_SECRET).
const DEVELOPMENT_SECRET = 'development-only-secret-never-used-in-production';

function secret(): string {
  const config = getConfig();
  const value = config.AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (value) return value;
  if (config.NODE_ENV === 'production') throw new Error('AUTH_SECRET is not set; it signs the links in emails');
  return DEVELOPMENT_SECRET;
}

function mac(body: string, purpose: string): string {
  return crypto.createHmac('sha256', secret()).update(`${purpose}\n${body}`).digest('base64url');
}

export function signToken({ purpose, subject, expiresAt }: TokenPayload): string {
  const body = Buffer.from(JSON.stringify({ s: subject, x: expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0 })).toString('base64url');
  return `${body}.${mac(body, purpose)}`;
}

export function verifyToken({ token, purpose, now }: { token: string; purpose: string; now: Date }): TokenCheck {
  if (typeof token !== 'string' || token.length > 1000) return { ok: false, reason: 'invalid' };
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(mac(body, purpose));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { s?: unknown; x?: unknown };
    if (typeof payload.s !== 'string' || typeof payload.x !== 'number') return { ok: false, reason: 'invalid' };
    if (payload.x !== 0 && payload.x * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, subject: payload.s };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

/** A random, unguessable token for rows that carry their own (e.g. a reminder's cancel link). */
export function randomToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}
