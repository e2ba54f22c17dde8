// A browser script's response: immutable under its own content hash, otherwise cached briefly (the embed's address
// never changes, so a new build reaches other sites within minutes).
import { readBrowserScript, type BrowserScript } from './browser-scripts';

export function browserScriptResponse(name: BrowserScript, request: Request): Response {
  const { code, hash } = readBrowserScript(name);
  const version = new URL(request.url).searchParams.get('v');
  const headers = {
    'content-type': 'application/javascript; charset=utf-8',
    'cache-control': version === hash ? 'public, max-age=31536000, immutable' : 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
    etag: `"${hash}"`,
    'x-content-type-options': 'nosniff',
    // Other sites load the embed; the appeal's own script only this site.
    ...(name === 'embed' ? { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' } : {}),
  };
  if (request.headers.get('if-none-match') === `"${hash}"`) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(code), { headers });
}
