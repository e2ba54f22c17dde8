// POST /api/stripe/webhook: verify the signature on the raw body, then apply the event; 500 makes Stripe retry.
import type Stripe from 'stripe';
import type { Database } from '@/db/client';
import { readBody } from '@/lib/http/read-body';
import { getLogger } from '@/lib/log/logger';
import { describeSafely } from '@/lib/log/safe-error';
import { processStripeEvent } from './process-stripe-event';
import type { ReadStripeEvent } from './read-stripe-event';

export type HandleWebhookOptions = {
  stripe: Stripe;
  database: Database;
  secret: string | undefined;
  readEvent?: ReadStripeEvent;
};

// Stripe's events are a few KB (an invoice with many lines a few dozen); anything near this is not from Stripe.
export const MAX_WEBHOOK_BYTES = 512 * 1024;

const json = (status: number, body: unknown) => Response.json(body, { status });

export async function handleStripeWebhook(request: Request, options: HandleWebhookOptions): Promise<Response> {
  const log = getLogger();
  if (!options.secret) {
    log.error('STRIPE_WEBHOOK_SECRET is not set; refusing webhooks until it is');
    return json(500, { error: { message: 'Webhook secret not configured.' } });
  }
  const signature = request.headers.get('stripe-signature');
  if (!signature) return json(400, { error: { message: 'Missing Stripe-Signature header.' } });
  const body = await readBody(request, MAX_WEBHOOK_BYTES);
  if (!body.ok) return json(body.status, { error: { message: body.status === 413 ? `Send at most ${MAX_WEBHOOK_BYTES} bytes.` : 'The body could not be read.' } });
  const raw = new TextDecoder().decode(body.bytes);
  let event: Stripe.Event;
  try {
    event = options.stripe.webhooks.constructEvent(raw, signature, options.secret);
  } catch {
    log.warn('stripe webhook with an invalid signature refused');
    return json(400, { error: { message: 'Invalid signature.' } });
  }
  try {
    const result = await processStripeEvent({ event, stripe: options.stripe, database: options.database, readEvent: options.readEvent });
    if (result.applied) log.info({ event: event.id, type: event.type, outcome: result.outcome }, 'stripe event applied');
    return json(200, { received: true, outcome: result.outcome });
  } catch (error) {
    log.error({ event: event.id, type: event.type, reason: describeSafely(error) }, 'stripe event failed; Stripe will retry');
    return json(500, { error: { message: 'The event could not be processed; it will be retried.' } });
  }
}

/** Stripe's error type and code, or the database's own error (drizzle wraps it as the cause); never request data. */
