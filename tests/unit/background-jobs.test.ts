// Jobs inside `npm start` run on their interval; the Stripe reconciliation also runs soon after start, so events missed
// while the site was down are applied without waiting ten minutes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackgroundJobs } from '@/lib/jobs/start-background-jobs';
import { stripeReconcileJob } from '@/lib/jobs/stripe-reconcile-job';

describe('background jobs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('run first after firstRunAfterMs when a job asks, then on their interval; stopping clears both', async () => {
    vi.useFakeTimers();
    const soon = vi.fn(async () => '');
    const later = vi.fn(async () => '');
    const stop = startBackgroundJobs({ jobs: [{ name: 'soon', intervalMs: 600_000, firstRunAfterMs: 30_000, run: soon }, { name: 'later', intervalMs: 600_000, run: later }] });
    await vi.advanceTimersByTimeAsync(30_000);
    expect([soon.mock.calls.length, later.mock.calls.length]).toEqual([1, 0]);
    await vi.advanceTimersByTimeAsync(570_000);
    expect([soon.mock.calls.length, later.mock.calls.length]).toEqual([2, 1]);
    stop();
    await vi.advanceTimersByTimeAsync(1_200_000);
    expect([soon.mock.calls.length, later.mock.calls.length]).toEqual([2, 1]);
  });

  it('the Stripe reconciliation runs within a minute of start', () => {
    expect(stripeReconcileJob.firstRunAfterMs).toBeLessThanOrEqual(60_000);
  });
});
