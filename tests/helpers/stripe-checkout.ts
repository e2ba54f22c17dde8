// An in-process Stripe emulator for integration tests, and a reader paying on its hosted Checkout page.
import type Stripe from 'stripe';
import type { Database } from '@/db/client';
import { processStripeEvent } from '@/lib/stripe/process-stripe-event';
import { HANDLED_EVENT_TYPES } from '@/lib/stripe/read-stripe-event';
import { startStripeEmulator, type StripeEmulator } from '@/stripe-emulator/index';
import { createStripeClient } from '@/lib/stripe/get-stripe';
import { runStripeSetup } from '@/lib/stripe/run-stripe-setup';

export type TestStripe = { emulator: StripeEmulator; stripe: Stripe };

export async function startTestStripe(): Promise<TestStripe> {
  const emulator = await startStripeEmulator({ port: 0, dataFile: null, retryScheduleMs: [] });
  const stripe = createStripeClient('sk_test_integration', emulator.url);
  await setUpTestAccount(stripe);
  return { emulator, stripe };
}

/** What `npm run stripe:setup` makes (products, portal configuration), without the webhook endpoint. */
export async function setUpTestAccount(stripe: Stripe, appUrl = 'http://localhost:3999'): Promise<void> {
  await runStripeSetup({ stripe, appUrl, publicationName: 'The Ledger', hasWebhookSecret: true, emulator: true, live: false, webhook: 'skip' });
}

export const CARD_OK = '4242 4242 4242 4242';
export const CARD_DECLINED = '4000 0000 0000 0002';

/** Stripe's SEPA test IBANs: this one settles a few minutes later, the other fails then. */
export const IBAN_SETTLES = 'DE89 3704 0044 0532 0130 00';
export const IBAN_FAILS = 'DE62 3704 0044 0532 0130 01';

/** Submits the hosted Checkout form, by card or (with `iban`) by SEPA Direct Debit; returns where Stripe sends the
 * reader (the success_url) or null when refused. */
export async function payCheckout(sessionUrl: string, options: { card?: string; email?: string; iban?: string } = {}): Promise<string | null> {
  const email = options.email ?? 'reader@example.org';
  const body = new URLSearchParams(options.iban
    ? { email, method: 'sepa_debit', iban: options.iban, account_name: 'Rae Reader' }
    : { email, cardnumber: options.card ?? CARD_OK, exp: '12 / 34', cvc: '123', name: 'Rae Reader' });
  const response = await fetch(sessionUrl, { method: 'POST', body, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  await response.arrayBuffer();
  return response.status === 303 ? response.headers.get('location') : null;
}

/** The emulator's own controls (`/_emulator/PATH`): move its clock, dispute a charge, flush or list webhooks. */
export async function emulatorControl(emulator: StripeEmulator, path: string, body: unknown = {}, method: 'GET' | 'POST' = 'POST'): Promise<unknown> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, method === 'POST'
    ? { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {});
  return response.json();
}

/** Appends to `into` the account's events not collected before, oldest first (Stripe lists newest first, and only
 * the last 30 days: collect before moving the clock on). */
export function eventCollector(stripe: Stripe, into: Stripe.Event[]): () => Promise<void> {
  const seen = new Set<string>();
  return async () => {
    const batch: Stripe.Event[] = [];
    for await (const event of stripe.events.list({ limit: 100 })) if (!seen.has(event.id) && seen.add(event.id)) batch.push(event);
    into.push(...batch.reverse());
  };
}

/** Applies, oldest first, every handled event not yet in `applied`: what the app's webhook endpoint would have done. */
export async function applyNewEvents(t: TestStripe, database: Database, applied: Set<string>): Promise<void> {
  const events: Stripe.Event[] = [];
  for await (const event of t.stripe.events.list({ types: [...HANDLED_EVENT_TYPES], limit: 100 })) if (!applied.has(event.id)) events.push(event);
  for (const event of events.reverse()) {
    await processStripeEvent({ event, stripe: t.stripe, database });
    applied.add(event.id);
  }
}
