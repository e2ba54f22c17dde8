// Applies one verified Stripe event: read the truth, then in ONE transaction record the event id and its effect.
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { stripeEvents } from '@/db/schema';
import type { Database } from '@/db/client';
import { webhookHandlers, type WebhookHandler } from './webhook-handlers';

export type ProcessEventOptions = {
  event: Stripe.Event;
  stripe: Stripe;
  database: Database;
  /** Tests swap in a failing handler to check that nothing partial is kept. */
  handlers?: Record<string, WebhookHandler>;
};

export type ProcessEventResult = { outcome: string; applied: boolean };

export async function processStripeEvent({ event, stripe, database, handlers = webhookHandlers }: ProcessEventOptions): Promise<ProcessEventResult> {
  const handler = handlers[event.type];
  if (!handler) return { outcome: `ignored ${event.type}`, applied: false };
  const [seen] = await database.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id)).limit(1);
  if (seen) return { outcome: `duplicate ${event.id}`, applied: false };

  const apply = await handler(event, { stripe, fetchedAt: new Date() });
  return database.transaction(async (tx) => {
    // Inserted first: a concurrent delivery of the same event waits here, then finds it taken.
    const claimed = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, stripeCreatedAt: new Date(event.created * 1000) })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (claimed.length === 0) return { outcome: `duplicate ${event.id}`, applied: false };
    const outcome = await apply(tx);
    await tx.update(stripeEvents).set({ outcome: outcome.slice(0, 500) }).where(eq(stripeEvents.id, event.id));
    return { outcome, applied: true };
  });
}
