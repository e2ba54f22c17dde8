// /support/reminder/cancel?token=: GET asks to confirm (link scanners must not cancel); POST cancels (also RFC 8058 one-click).
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { emailedLinkPost } from '@/lib/http/emailed-link-post';
import { cancelRemindersByToken, findReminderByToken } from '@/lib/reminders/cancel-reminders';

export const dynamic = 'force-dynamic';

const NOT_VALID = 'This cancel link is not valid. Copy the whole link from the email, or ignore the reminder: we send only one.';

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!(await findReminderByToken(token))) return linkErrorResponse(request, { message: NOT_VALID });
  return new Response(null, { status: 303, headers: { location: `/support/reminder/cancel/confirm?token=${encodeURIComponent(token)}` } });
}

export const POST = emailedLinkPost({
  notValid: NOT_VALID,
  donePath: '/support/reminder/cancelled',
  oneClick: { doneText: 'Your reminders are cancelled.' },
  apply: async (token, now) => (await cancelRemindersByToken({ token, now })).found,
});
