// POST /dev/jobs/reminders {"now": ISO}: runs the reminders job at a chosen time. A test hook: 404 unless E2E_TEST_HOOKS=1
// (set only by playwright.config.ts) and mail stays in the local mailbox.
import { getConfig } from '@/lib/config';
import { fail } from '@/lib/http/failure-response';
import { routeHandler } from '@/lib/http/route-handler';
import { sendDueReminders } from '@/lib/reminders/send-due-reminders';

export const dynamic = 'force-dynamic';

const post = routeHandler({
  access: 'public',
  input: ({ fields, now: clock }) => {
    const now = fields.now === undefined ? clock : new Date(fields.now);
    if (Number.isNaN(now.getTime())) return fail(400, 'field_invalid', { field: 'now', message: 'now must be an ISO date and time' });
    return { ok: true, value: { now } };
  },
  handle: async ({ input }) => Response.json(await sendDueReminders({ now: input.now })),
});

export async function POST(request: Request): Promise<Response> {
  if (process.env.E2E_TEST_HOOKS !== '1' || getConfig().SMTP_URL) return new Response('Not found', { status: 404 });
  return post(request);
}
