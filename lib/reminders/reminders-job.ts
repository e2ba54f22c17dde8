// The reminders job inside `npm start`: every five minutes, a bounded run (the rest waits for the next tick).
import type { BackgroundJob } from '@/lib/jobs/start-background-jobs';
import { sendDueReminders } from './send-due-reminders';

export const remindersJob: BackgroundJob = {
  name: 'reminders',
  intervalMs: 5 * 60_000,
  run: async () => {
    const { sent, skipped } = await sendDueReminders({ maxBatches: 20 });
    return sent || skipped ? `${sent} reminders sent, ${skipped} skipped (supporters)` : '';
  },
};
