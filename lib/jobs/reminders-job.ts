// The reminders job inside `npm start`: every five minutes, a bounded run (the rest waits for the next tick).
import { sendDueReminders } from '@/lib/reminders/send-due-reminders';
import type { BackgroundJob } from './background-job';

export const remindersJob: BackgroundJob = {
  name: 'reminders',
  intervalMs: 5 * 60_000,
  run: async () => {
    const { sent, skipped } = await sendDueReminders({ maxBatches: 20 });
    return sent || skipped ? `${sent} reminders sent, ${skipped} skipped (supporters)` : '';
  },
};
