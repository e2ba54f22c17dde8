// /language?to=ru&from=/articles/x: the masthead's language switch. Sets rr_locale and sends the reader (303) to the
// same page in the chosen language; `from` (or the Referer) is only ever followed to a path on this site.
import { getConfig } from '@/lib/config';
import { languageSwitch } from '@/lib/http/language-switch';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams;
  const { location, cookie } = languageSwitch({
    to: query.get('to'),
    from: query.get('from'),
    referer: request.headers.get('referer'),
    appUrl: getConfig().APP_URL,
  });
  return new Response(null, { status: 303, headers: { location, 'set-cookie': cookie, 'cache-control': 'private, no-store' } });
}
