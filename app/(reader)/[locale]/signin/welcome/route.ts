// GET /signin/welcome: where a sign-in lands when it asked for no page. It leaves the account's appeal state in the
// browser's cookies (so cached pages greet a supporter at once), then sends staff to the reports, readers to their account.
import { getCurrentUserFromRequest } from '@/lib/auth/get-current-user';
import { hasRole } from '@/lib/auth/user-role';
import { readAccountAppealState } from '@/lib/appeal/reader-state-cookies';
import { getConfig } from '@/lib/config';
import { isLocale, localePath } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  const here = (path: string) => (isLocale(locale) ? localePath(locale, path) : path);
  const user = await getCurrentUserFromRequest(request);
  const headers = new Headers({ 'cache-control': 'private, no-store' });
  if (!user) {
    headers.set('location', here('/signin'));
    return new Response(null, { status: 303, headers });
  }
  const state = await readAccountAppealState({ user, now: new Date(), secure: getConfig().APP_URL.startsWith('https://') });
  for (const cookie of state.cookies) headers.append('set-cookie', cookie);
  headers.set('location', hasRole(user, 'staff') ? '/admin' : here('/account'));
  return new Response(null, { status: 303, headers });
}
