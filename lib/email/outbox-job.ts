// The outbox job: retries due and failed sends every few seconds inside `npm start`.
import type { BackgroundJob } from '@/lib/jobs/start-background-jobs';
import { deliverDueEmails } from './deliver-due-emails';

export const emailOutboxJob: BackgroundJob = {
  name: 'email-outbox',
  intervalMs: 15_000,
  run: async () => {
    const { sent, failed } = await deliverDueEmails({ limit: 100 });
    return sent || failed ? `${sent} sent, ${failed} failed` : '';
  },
};
