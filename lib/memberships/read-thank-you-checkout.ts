// What the thank-you page shows for ?session_id=: the checkout as this site recorded it when it started the Checkout.
// Stripe is asked only about a session of ours whose outcome is not recorded yet, and at most a few times per client,
// so a flood of made-up ids spends neither Stripe's rate limit (shared with checkout and webhooks) nor ours.
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Database } from '@/db/client';
import { checkoutSessions, contributions, subscriptions, supporters } from '@/db/schema';
import { getLogger } from '@/lib/log/logger';
import { describeSafely } from '@/lib/log/safe-error';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { readRateLimitSetting, type RateLimitSetting } from '@/lib/rate-limit/read-rate-limit-setting';
import { describeCheckout, describeGift, type CheckoutSummary } from '@/lib/support/describe-checkout';
import { syncCheckoutSession } from './sync-checkout-session';

export type ThankYouCheckout = CheckoutSummary | 'missing' | 'unavailable';

/** Stripe reads one client may cause from the thank-you page (THANK_YOU_RATE_LIMIT, default 20 per 10 minutes): a
 * reader reloads a processing payment a few times at most. */
export function thankYouRateLimit(value = process.env.THANK_YOU_RATE_LIMIT): RateLimitSetting {
  return readRateLimitSetting(value, { limit: 20, windowSeconds: 600 });
}

const SESSION_ID = /^cs_[A-Za-z0-9_]{8,200}$/;

type CheckoutRow = typeof checkoutSessions.$inferSelect;

export async function readThankYouCheckout(options: { sessionId: unknown; clientIp: string; stripe: () => Stripe; database: Database; now?: Date }): Promise<ThankYouCheckout> {
  const { sessionId, database } = options;
  if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) return 'missing';
  const [row] = await database.select().from(checkoutSessions).where(eq(checkoutSessions.stripeCheckoutSessionId, sessionId)).limit(1);
  // Not a Checkout this site started (or synced): not ours to confirm, and Stripe is not asked.
  if (!row) return 'missing';
  const recorded = await summaryFromRecord(database, row);
  if (recorded) return recorded;
  const reads = await consumeRateLimit({ key: `thank-you:ip:${options.clientIp}`, ...thankYouRateLimit(), now: options.now });
  if (!reads.allowed) return 'unavailable';
  try {
    const snapshot = await syncCheckoutSession({ stripe: options.stripe(), database, sessionId });
    // Another product's Checkout on a shared account is not a gift to us.
    return snapshot ? { ...describeCheckout(snapshot.session), startedAtMs: row.createdAt.getTime() } : 'missing';
  } catch (error) {
    const e = error as { code?: string; statusCode?: number };
    if (e.code === 'resource_missing' || e.statusCode === 404) return 'missing';
    getLogger().error({ reason: describeSafely(error) }, 'thank-you page could not confirm a checkout');
    return 'unavailable';
  }
}

/** A finished checkout as recorded (paid with its payment on file, or expired), or null when Stripe must be asked. */
async function summaryFromRecord(database: Database, row: CheckoutRow): Promise<CheckoutSummary | null> {
  const base = {
    frequency: row.frequency,
    amount: row.amount,
    currency: row.currency.trim(),
    gift: describeGift(row.amount, row.currency.trim(), row.frequency),
    articleSlug: row.articleSlug,
    startedAtMs: row.createdAt.getTime(),
  };
  if (row.status === 'expired') return { ...base, state: 'expired', email: null, subscriptionId: null };
  if (row.status !== 'complete') return null;
  const [payment] = await database
    .select({ email: supporters.email, subscriptionId: subscriptions.stripeSubscriptionId })
    .from(contributions)
    .leftJoin(supporters, eq(supporters.id, contributions.supporterId))
    .leftJoin(subscriptions, eq(subscriptions.id, contributions.subscriptionId))
    .where(eq(contributions.stripeCheckoutSessionId, row.stripeCheckoutSessionId))
    .limit(1);
  if (!payment) return null;
  return { ...base, state: 'paid', email: payment.email, subscriptionId: payment.subscriptionId };
}
