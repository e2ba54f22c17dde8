// /support/reminder/cancel?token=: GET asks to confirm (link scanners must not cancel); POST cancels (also RFC 8058 one-click).
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { isOneClickPost, routeHandler } from '@/lib/http/route-handler';
import { cancelRemindersByToken, findReminderByToken } from '@/lib/reminders/cancel-reminders';

export const dynamic = 'force-dynamic';

const NOT_VALID = 'This cancel link is not valid. Copy the whole link from the email, or ignore the reminder: we send only one.';

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!(await findReminderByToken(token))) return linkErrorResponse(request, { message: NOT_VALID });
  return new Response(null, { status: 303, headers: { location: `/support/reminder/cancel/confirm?token=${encodeURIComponent(token)}` } });
}

export const POST = routeHandler({
  access: 'public',
  backTo: '/',
  oneClick: true,
  handle: async ({ request, input, now }) => {
    const token = new URL(request.url).searchParams.get('token') ?? input.token ?? '';
    const result = await cancelRemindersByToken({ token, now });
    if (!result.found) return linkErrorResponse(request, { message: NOT_VALID });
    if (isOneClickPost(input)) return new Response('Your reminders are cancelled.', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return new Response(null, { status: 303, headers: { location: '/support/reminder/cancelled' } });
  },
});
