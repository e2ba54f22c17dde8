// Applies one verified Stripe event: read the truth, then in ONE transaction record the event id and its effect.
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { stripeEvents } from '@/db/schema';
import type { Database } from '@/db/client';
import { transactWithRetry } from '@/db/transact-with-retry';
import { isHandledEventType, readStripeEvent, type ReadStripeEvent } from './read-stripe-event';

export type ProcessEventOptions = {
  event: Stripe.Event;
  stripe: Stripe;
  database: Database;
  /** Tests wrap the reader (to fail after its writes, or to time it); the app uses readStripeEvent. */
  readEvent?: ReadStripeEvent;
};

export type ProcessEventResult = { outcome: string; applied: boolean };

export async function processStripeEvent({ event, stripe, database, readEvent = readStripeEvent }: ProcessEventOptions): Promise<ProcessEventResult> {
  if (!isHandledEventType(event.type)) return { outcome: `ignored ${event.type}`, applied: false };
  const [seen] = await database.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id)).limit(1);
  if (seen) return { outcome: `duplicate ${event.id}`, applied: false };

  const apply = await readEvent(event, { stripe, database, fetchedAt: new Date() });
  try {
    return await transactWithRetry(database, async (tx) => {
      const outcome = await apply(tx);
      // Recorded last, in the same transaction: a concurrent delivery of the same event that got here first makes
      // this insert a no-op, and then this copy's writes are rolled back (they were the same writes anyway).
      const recorded = await tx
        .insert(stripeEvents)
        .values({ id: event.id, type: event.type, stripeCreatedAt: new Date(event.created * 1000), outcome: outcome.slice(0, 500) })
        .onConflictDoNothing()
        .returning({ id: stripeEvents.id });
      if (recorded.length === 0) throw new AlreadyApplied();
      return { outcome, applied: true };
    });
  } catch (error) {
    if (error instanceof AlreadyApplied) return { outcome: `duplicate ${event.id}`, applied: false };
    throw error;
  }
}

class AlreadyApplied extends Error {}
