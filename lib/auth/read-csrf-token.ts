// The CSRF token from next-auth's double-submit cookie ("token|sha256(token+secret)"), if the cookie is genuine.
import crypto from 'node:crypto';

export function readCsrfToken(cookieValue: string | undefined, secret: string): string | null {
  if (!cookieValue) return null;
  const [token, hash] = cookieValue.split('|');
  if (!token || !hash) return null;
  const expected = crypto.createHash('sha256').update(`${token}${secret}`).digest('hex');
  if (expected.length !== hash.length) return null;
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(hash)) ? token : null;
}
