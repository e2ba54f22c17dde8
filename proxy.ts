// Runs before every reader page and form route: the language prefix (English unprefixed, others under /ru/...), a
// plain form's answer sent to the page that reads it, and the masthead's signed-in hint kept in step with the session.
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, routeReaderRequest } from '@/lib/i18n/route-reader-request';
import { signedInHintCookies } from '@/lib/auth/signed-in-hint';

export function proxy(request: NextRequest): NextResponse {
  const url = request.nextUrl;
  const route = routeReaderRequest({
    method: request.method,
    pathname: url.pathname,
    search: url.search,
    localeCookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  const response =
    route.kind === 'redirect'
      ? NextResponse.redirect(new URL(route.location, url), { status: route.status, headers: { 'cache-control': 'private, no-store', vary: 'Accept-Language, Cookie' } })
      : NextResponse.rewrite(new URL(`${route.pathname}${url.search}`, url));
  for (const cookie of signedInHintCookies(request.headers.get('cookie'))) response.headers.append('set-cookie', cookie);
  return response;
}

export const config = {
  matcher: [
    {
      // Not the staff area, the APIs, Next's own files or the appeal's scripts (lib/i18n/route-reader-request.ts);
      // not a form post either, which the server has routed already (scripts/lib/serve-app.ts: the proxy would buffer
      // its whole body before the route could refuse it).
      source: '/((?!api/|api$|admin/|admin$|dev/|dev$|_next/|embed/|embed$|[^/]+\\.[a-zA-Z0-9]{1,5}$).*)',
      missing: [{ type: 'header', key: 'x-rr-routed' }],
    },
  ],
};
