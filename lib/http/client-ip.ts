// The client's address, for rate limits and the local mailbox. Only the launcher (scripts/start.ts) knows the socket, so
// it stamps x-client-ip with a per-process proof; an x-client-ip without that proof (plain `next start`, or a client
// sending its own) is ignored, and every such request shares one "unknown" bucket.
import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const CLIENT_IP_HEADER = 'x-client-ip';
export const CLIENT_IP_PROOF_HEADER = 'x-client-ip-proof';
export const UNKNOWN_CLIENT = 'unknown';

/** The secret the launcher and the app share (same process); generated on first use, never sent to a client. */
export function clientIpProof(): string {
  process.env.CLIENT_IP_PROOF ||= crypto.randomBytes(24).toString('base64url');
  return process.env.CLIENT_IP_PROOF;
}

/** TRUST_PROXY=N: N proxies we run append to X-Forwarded-For, so the Nth entry from the right is the one the outermost
 * of them saw; anything left of it was written by the client. 0: the socket address. */
export function resolveClientIp(options: { forwardedFor: string | string[] | undefined; socketAddress: string | undefined; trustProxy: number }): string {
  const { trustProxy } = options;
  const socket = options.socketAddress || UNKNOWN_CLIENT;
  if (trustProxy <= 0) return socket;
  const list = (Array.isArray(options.forwardedFor) ? options.forwardedFor.join(',') : (options.forwardedFor ?? ''))
    .split(',').map((entry) => entry.trim()).filter(Boolean);
  // Fewer entries than trusted hops: the request did not come through all of them, so the nearest one is what we know.
  return list[list.length - trustProxy] ?? list[0] ?? socket;
}

/** The launcher's stamp on every incoming request: any client-sent x-client-ip (and proof) is overwritten. */
export function stampClientIp(headers: IncomingHttpHeaders, options: { socketAddress: string | undefined; trustProxy: number }): void {
  headers[CLIENT_IP_HEADER] = resolveClientIp({ forwardedFor: headers['x-forwarded-for'], ...options });
  headers[CLIENT_IP_PROOF_HEADER] = clientIpProof();
}

export type HeaderReader = { get(name: string): string | null };

export function getClientIp(headers: HeaderReader): string {
  const proof = headers.get(CLIENT_IP_PROOF_HEADER);
  const ip = headers.get(CLIENT_IP_HEADER);
  if (!proof || !ip || !process.env.CLIENT_IP_PROOF) return UNKNOWN_CLIENT;
  const expected = Buffer.from(process.env.CLIENT_IP_PROOF);
  const given = Buffer.from(proof);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? ip : UNKNOWN_CLIENT;
}

/** localhost, 127.0.0.0/8, ::1 (and IPv4-mapped loopback). */
export function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/^::ffff:/i, '');
  return bare === '::1' || bare === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** Headers a test (or the launcher) sends so the app believes the address: the launcher's own stamp. */
export function launcherHeaders(ip: string): Record<string, string> {
  return { [CLIENT_IP_HEADER]: ip, [CLIENT_IP_PROOF_HEADER]: clientIpProof() };
}
