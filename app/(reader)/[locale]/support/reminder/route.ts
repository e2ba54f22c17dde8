// POST /support/reminder: the remind-me-later form (email, month YYYY-MM, frequency).
import { routeLocale, type RouteParams } from '@/lib/http/route-handler';
import { handleReminderSignup } from '@/lib/reminders/handle-reminder-signup';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context?: RouteParams): Promise<Response> {
  return handleReminderSignup(request, { locale: await routeLocale(request, context) });
}
