// The outbox job: retries due and failed sends every few seconds inside `npm start`.
import { deliverDueEmails } from '@/lib/email/deliver-due-emails';
import type { BackgroundJob } from './background-job';

export const emailOutboxJob: BackgroundJob = {
  name: 'email-outbox',
  intervalMs: 15_000,
  run: async () => {
    const { sent, failed } = await deliverDueEmails({ limit: 100 });
    return sent || failed ? `${sent} sent, ${failed} failed` : '';
  },
};
