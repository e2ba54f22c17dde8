// The one same-origin rule for state-changing requests: the Origin is APP_URL's (or one a route allows, such as a
// newsroom site that embeds the appeal), else the browser says Sec-Fetch-Site: same-origin. No Origin, "null" or
// any other site is refused.
export function isSameOrigin(request: Request, options: { appUrl: string; allowedOrigins?: readonly string[] }): boolean {
  const origin = request.headers.get('origin');
  if (origin === 'null') return false;
  if (origin !== null && (origin === new URL(options.appUrl).origin || (options.allowedOrigins ?? []).includes(origin))) return true;
  return request.headers.get('sec-fetch-site') === 'same-origin';
}
