// Periodic work that runs inside `npm start` (each job is also runnable on its own from scripts/).
import { getLogger } from '@/lib/log/logger';
import { emailOutboxJob } from '@/lib/email/outbox-job';
import { remindersJob } from '@/lib/reminders/reminders-job';

export type BackgroundJob = { name: string; intervalMs: number; run: () => Promise<string> };

// Jobs register here; each returns a short summary that is logged when it did something.
const jobs: BackgroundJob[] = [emailOutboxJob, remindersJob];

export function startBackgroundJobs(): () => void {
  const log = getLogger();
  const timers = jobs.map((job) => {
    let running = false;
    const tick = async () => {
      if (running) return; // never overlap with a slow previous run
      running = true;
      try {
        const summary = await job.run();
        if (summary) log.info({ job: job.name, summary }, 'job ran');
      } catch (error) {
        log.error({ job: job.name, err: error }, 'job failed');
      } finally {
        running = false;
      }
    };
    return setInterval(tick, job.intervalMs);
  });
  return () => timers.forEach(clearInterval);
}
