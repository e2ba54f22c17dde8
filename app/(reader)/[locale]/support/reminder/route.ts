// POST /support/reminder: the remind-me-later form (email, month YYYY-MM, frequency).
import { handleReminderSignup } from '@/lib/reminders/handle-reminder-signup';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleReminderSignup(request);
}
