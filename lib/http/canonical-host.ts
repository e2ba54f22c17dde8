// A reader who opens the site at another address than APP_URL (127.0.0.1 when the site is localhost, www vs. bare
// domain) is sent to APP_URL before any cookie is set: cookies, the same-origin rule and Checkout's way back are all
// APP_URL's. APIs are left alone (health checks come by IP; a webhook must not be redirected).
export type CanonicalHostInput = {
  appUrl: string;
  method: string;
  /** Path and query, as the request line has them. */
  url: string;
  host: string | undefined;
  /** X-Forwarded-Host, believed only behind TRUST_PROXY proxies of our own. */
  forwardedHost: string | undefined;
  trustProxy: number;
};

export function canonicalRedirect(input: CanonicalHostInput): string | null {
  if (input.method !== 'GET' && input.method !== 'HEAD') return null;
  if (/^\/api(\/|$|\?)/.test(input.url)) return null;
  const canonical = new URL(input.appUrl);
  const forwarded = input.trustProxy > 0 ? input.forwardedHost?.split(',').pop()?.trim() : undefined;
  const host = (forwarded || input.host || '').toLowerCase();
  if (!host || host === canonical.host.toLowerCase()) return null;
  const path = input.url.startsWith('/') && !input.url.startsWith('//') ? input.url : '/';
  return `${canonical.origin}${path}`;
}
