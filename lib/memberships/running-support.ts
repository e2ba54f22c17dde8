// "Running support": a subscription Stripe still collects for. active, trialing, and past_due (Stripe is retrying the
// card); not unpaid (retries exhausted, no invoice is attempted again), paused (no invoices until resumed), incomplete
// (the first payment never went through), nor the ended canceled and incomplete_expired.
import { sql, type SQL } from 'drizzle-orm';
import type Stripe from 'stripe';

export const RUNNING_SUBSCRIPTION_STATUSES = ['active', 'trialing', 'past_due'] as const satisfies readonly Stripe.Subscription.Status[];

export function isRunningSubscriptionStatus(status: string): boolean {
  return (RUNNING_SUBSCRIPTION_STATUSES as readonly string[]).includes(status);
}

/** The same rule in SQL for a status column, e.g. `${isRunningSql(sql`s.status`)}` inside a raw query. */
export function isRunningSql(status: SQL): SQL {
  return sql`${status} in (${sql.raw(RUNNING_SUBSCRIPTION_STATUSES.map((s) => `'${s}'`).join(', '))})`;
}

/** The running ones of a reader's subscriptions, in the order given. More than one is a duplicate: each is charged. */
export function runningSubscriptions<T extends { status: string }>(all: T[]): T[] {
  return all.filter((s) => isRunningSubscriptionStatus(s.status));
}
