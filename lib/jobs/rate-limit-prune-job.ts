// The rate-limit pruning inside `npm start`: every hour, windows older than the longest limit are deleted.
import { pruneRateLimits } from '@/lib/rate-limit/prune-rate-limits';
import type { BackgroundJob } from './background-job';

export const rateLimitPruneJob: BackgroundJob = {
  name: 'rate-limit-prune',
  intervalMs: 60 * 60_000,
  run: async () => {
    const pruned = await pruneRateLimits();
    return pruned ? `${pruned} spent rate-limit windows deleted` : '';
  },
};
