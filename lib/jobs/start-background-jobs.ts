// Periodic work that runs inside `npm start` (each job is also runnable on its own from scripts/).
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import type { BackgroundJob } from './background-job';
import { emailOutboxJob } from './email-outbox-job';
import { rateLimitPruneJob } from './rate-limit-prune-job';
import { remindersJob } from './reminders-job';
import { stripeReconcileJob } from './stripe-reconcile-job';

// Jobs register here.
const jobs: BackgroundJob[] = [emailOutboxJob, remindersJob, stripeReconcileJob, rateLimitPruneJob];

export function startBackgroundJobs(options: { jobs?: BackgroundJob[] } = {}): () => void {
  const log = getLogger();
  const timers = (options.jobs ?? jobs).map((job) => {
    let running = false;
    const tick = async () => {
      if (running) return; // never overlap with a slow previous run
      running = true;
      try {
        const summary = await job.run();
        if (summary) log.info({ job: job.name, summary }, 'job ran');
      } catch (error) {
        log.error({ job: job.name, err: safeError(error) }, 'job failed');
      } finally {
        running = false;
      }
    };
    if (job.firstRunAfterMs === undefined) return [setInterval(tick, job.intervalMs)];
    const first = setTimeout(() => void tick(), job.firstRunAfterMs);
    return [first, setInterval(tick, job.intervalMs)];
  });
  return () => timers.flat().forEach((timer) => clearTimeout(timer));
}
