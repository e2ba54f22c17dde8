// POST /dev/jobs/reminders {"now": ISO}: runs the reminders job at a chosen time. A test hook: 404 unless E2E_TEST_HOOKS=1
// (set only by playwright.config.ts) and mail stays in the local mailbox.
import { getConfig } from '@/lib/config';
import { sendDueReminders } from '@/lib/reminders/send-due-reminders';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  if (process.env.E2E_TEST_HOOKS !== '1' || getConfig().SMTP_URL) return new Response('Not found', { status: 404 });
  const body = (await request.json().catch(() => ({}))) as { now?: unknown };
  const now = typeof body.now === 'string' ? new Date(body.now) : new Date();
  if (Number.isNaN(now.getTime())) return Response.json({ error: { field: 'now', message: 'now must be an ISO date and time' } }, { status: 400 });
  return Response.json(await sendDueReminders({ now }));
}
