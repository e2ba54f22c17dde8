// The launcher sets x-client-ip from the socket (or the proxy's x-forwarded-for when TRUST_PROXY=1).
export function getClientIp(headers: Headers): string {
  return headers.get('x-client-ip') ?? 'unknown';
}
