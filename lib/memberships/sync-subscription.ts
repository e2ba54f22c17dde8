// A subscription as Stripe holds it now, upserted by its id; an older read never overwrites a newer one.
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { subscriptions } from '@/db/schema';
import type { Transaction } from '@/db/client';
import { foreignSubscriptionReason } from '@/lib/support/support-stripe-objects';
import { ignoreForeign } from './ignore-foreign';
import { fromUnix, type ApplySync, type SyncContext } from './types';
import { supporterFromCustomer, upsertSupporter } from './upsert-supporter';

export type SubscriptionSnapshot = { subscription: Stripe.Subscription; fetchedAt: Date };

/** Takes the subscription when it came expanded (with its customer) in another read, else retrieves it. */
export async function loadSubscription(ctx: SyncContext, subscription: string | Stripe.Subscription): Promise<SubscriptionSnapshot> {
  const fetchedAt = ctx.fetchedAt ?? new Date();
  if (typeof subscription !== 'string' && typeof subscription.customer !== 'string') return { subscription, fetchedAt };
  const id = typeof subscription === 'string' ? subscription : subscription.id;
  return { subscription: await ctx.stripe.subscriptions.retrieve(id, { expand: ['customer'] }), fetchedAt };
}

/** Writes the subscription and its supporter; returns the local subscription id (null when it is not the app's). */
export async function applySubscription(tx: Transaction, snapshot: SubscriptionSnapshot): Promise<number | null> {
  const { subscription: sub, fetchedAt } = snapshot;
  if (foreignSubscriptionReason(sub) !== null) return null;
  const item = sub.items.data[0];
  const interval: 'month' | 'year' = item.price.recurring?.interval === 'year' ? 'year' : 'month';
  const supporterId = await upsertSupporter(tx, supporterFromCustomer(sub.customer));
  const values = {
    stripeSubscriptionId: sub.id,
    supporterId,
    status: sub.status,
    amount: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
    currency: sub.currency,
    interval,
    currentPeriodEnd: fromUnix(item.current_period_end),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    startedAt: fromUnix(sub.start_date) ?? fromUnix(sub.created)!,
    canceledAt: fromUnix(sub.canceled_at),
    endedAt: fromUnix(sub.ended_at),
    placement: sub.metadata?.placement || null,
    articleSlug: sub.metadata?.article || null,
    stripeSyncedAt: fetchedAt,
    updatedAt: fetchedAt,
  };
  const { stripeSubscriptionId: _key, ...changes } = values;
  void _key;
  const [row] = await tx
    .insert(subscriptions)
    .values(values)
    .onConflictDoUpdate({ target: subscriptions.stripeSubscriptionId, set: changes, setWhere: sql`${subscriptions.stripeSyncedAt} <= ${fetchedAt.toISOString()}` })
    .returning({ id: subscriptions.id });
  if (row) return row.id;
  // A newer snapshot is already stored; keep it and just report its id.
  const [current] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(sql`${subscriptions.stripeSubscriptionId} = ${sub.id}`);
  return current?.id ?? null;
}

export async function syncSubscriptionById(ctx: SyncContext, subscriptionId: string): Promise<ApplySync> {
  const snapshot = await loadSubscription(ctx, subscriptionId);
  return async (tx) => {
    const reason = foreignSubscriptionReason(snapshot.subscription);
    if (reason) return ignoreForeign('subscription', subscriptionId, reason);
    await applySubscription(tx, snapshot);
    return `subscription ${subscriptionId} ${snapshot.subscription.status}`;
  };
}

export function subscriptionOfInvoice(invoice: Stripe.Invoice): string | Stripe.Subscription | null {
  return invoice.parent?.subscription_details?.subscription ?? null;
}
