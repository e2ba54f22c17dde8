// The Stripe reconciliation inside `npm start`: half a minute after start (events missed while the site was down are
// applied soon, not ten minutes later), then every ten minutes.
import { db } from '@/db/client';
import { getStripe } from '@/lib/stripe/get-stripe';
import { reconcileStripeEvents } from '@/lib/stripe/reconcile-stripe-events';
import type { BackgroundJob } from './background-job';

export const stripeReconcileJob: BackgroundJob = {
  name: 'stripe-reconcile',
  intervalMs: 10 * 60_000,
  firstRunAfterMs: 30_000,
  run: async () => {
    const result = await reconcileStripeEvents({ stripe: getStripe(), database: db });
    if (!result.ran || result.missing === 0) return '';
    return `${result.applied} missed Stripe events applied, ${result.failed} failed (of ${result.listed} listed)`;
  },
};
