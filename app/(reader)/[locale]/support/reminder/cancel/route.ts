// /support/reminder/cancel?token=: GET asks to confirm (link scanners must not cancel); POST cancels (also RFC 8058 one-click).
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { emailedLinkPost } from '@/lib/http/emailed-link-post';
import { routeLocale, type RouteParams } from '@/lib/http/route-handler';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { cancelRemindersByToken, findReminderByToken } from '@/lib/reminders/cancel-reminders';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context?: RouteParams): Promise<Response> {
  const locale = await routeLocale(request, context);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!(await findReminderByToken(token))) return linkErrorResponse(request, { message: translatorFor(locale, 'forms')('linkError.reminderCancelInvalid'), locale });
  return new Response(null, { status: 303, headers: { location: `${localePath(locale, '/support/reminder/cancel/confirm')}?token=${encodeURIComponent(token)}` } });
}

export const POST = emailedLinkPost({
  notValid: (locale) => translatorFor(locale, 'forms')('linkError.reminderCancelInvalid'),
  donePath: '/support/reminder/cancelled',
  oneClick: { doneText: (locale) => translatorFor(locale, 'forms')('oneClick.remindersCancelled') },
  apply: async (token, now) => (await cancelRemindersByToken({ token, now })).found,
});
