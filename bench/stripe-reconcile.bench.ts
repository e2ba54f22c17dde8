// Reconciliation of 10,000 Stripe events the webhook never delivered (an endpoint down past Stripe's retries), on
// PostgreSQL: list them from Stripe, skip none, apply each through the same handlers. The mix: one-off gifts, refunds,
// new monthly supporters and (most of it) subscription updates. The emulator runs in this process, so its time is in
// the figure too. Needs DATABASE_URL (a PostgreSQL server); without it, one line says it was skipped.
import '../scripts/lib/outside-next';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createStripeClient } from '../lib/stripe/get-stripe';
import { HANDLED_EVENT_TYPES } from '../lib/stripe/read-stripe-event';
import { reconcileStripeEvents } from '../lib/stripe/reconcile-stripe-events';
import { runStripeSetup } from '../lib/stripe/run-stripe-setup';
import { createCheckoutSession } from '../lib/support/create-checkout-session';
import type { SupportChoice } from '../lib/support/validate-support-form';
import { startStripeEmulator } from '../stripe-emulator/index';
import { createBenchDatabase } from './lib/app-server';
import { emit } from './lib/emit';

const NAME = 'stripe_reconcile_10000_missed_events_postgres';
const EVENTS = Number(process.env.BENCH_RECONCILE_EVENTS || 10_000);
const GIFTS = 200;
const REFUNDS = 100;
const SUBSCRIPTIONS = 100;

async function inBatches(count: number, size: number, work: (i: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < count; i += size) await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => work(i + j)));
}

/** Real flows on the emulator until EVENTS handled events exist; nothing is delivered anywhere. */
async function makeMissedEvents(stripe: Stripe): Promise<void> {
  const scratch = openDatabase({ dataDir: null });
  await migrateDatabase(scratch);
  const intents: string[] = [];
  const subscriptions: string[] = [];
  await inBatches(GIFTS + SUBSCRIPTIONS, 10, async (n) => {
    const frequency = n < GIFTS ? 'once' : 'monthly';
    const choice: SupportChoice = { frequency, currency: 'usd', amount: 1000 + n, amountText: '', placement: 'article-end', articleSlug: null, nonce: null };
    const session = await createCheckoutSession({ stripe, database: scratch.db, choice, appUrl: 'http://bench.test', publicationName: 'Bench' });
    const body = new URLSearchParams({ email: `reader${n}@bench.test`, cardnumber: '4242 4242 4242 4242', exp: '12 / 34', cvc: '123', name: 'Bench Reader' });
    const paid = await fetch(session.url, { method: 'POST', body, redirect: 'manual' });
    if (paid.status !== 303) throw new Error(`payment refused: ${paid.status}`);
    const done = await stripe.checkout.sessions.retrieve(session.id);
    if (frequency === 'once') intents.push(done.payment_intent as string);
    else subscriptions.push(done.subscription as string);
  });
  await scratch.close();
  await inBatches(REFUNDS, 10, async (i) => {
    await stripe.refunds.create({ payment_intent: intents[i], amount: 100 });
  });
  // Handled so far: a completed checkout per gift, a refund each, and three events per new subscription.
  const updates = EVENTS - GIFTS - REFUNDS - 3 * SUBSCRIPTIONS;
  await inBatches(updates, 20, async (i) => {
    await stripe.subscriptions.update(subscriptions[i % SUBSCRIPTIONS], { metadata: { note: `change ${i}` } });
  });
}

async function main() {
  process.env.LOG_LEVEL = 'warn';
  if (!process.env.DATABASE_URL) {
    process.stdout.write(`${JSON.stringify({ name: NAME, value: null, unit: 'ms', skipped: 'set DATABASE_URL to a PostgreSQL server to run this benchmark' })}\n`);
    return;
  }
  const postgres = await createBenchDatabase();
  if (!postgres) throw new Error('DATABASE_URL is set but no database could be created on it');
  const emulator = await startStripeEmulator({ port: 0, dataFile: null, retryScheduleMs: [] });
  const handle = openDatabase({ url: postgres.url, poolSize: 8 });
  try {
    await migrateDatabase(handle);
    const stripe = createStripeClient('sk_test_bench', emulator.url);
    await runStripeSetup({ stripe, appUrl: 'http://bench.test', publicationName: 'Bench', hasWebhookSecret: true, emulator: true, live: false, webhook: 'skip' });
    await makeMissedEvents(stripe);
    const handled = Object.values(emulator.context.state.objects.events).filter((e) => (HANDLED_EVENT_TYPES as readonly string[]).includes(e.type)).length;
    if (process.env.BENCH_DEBUG) {
      const listing = performance.now();
      let n = 0;
      for await (const event of stripe.events.list({ types: [...HANDLED_EVENT_TYPES], limit: 100 })) n += event ? 1 : 0;
      console.error(`listing ${n} events took ${Math.round(performance.now() - listing)} ms`);
    }
    const started = performance.now();
    const result = await reconcileStripeEvents({ stripe, database: handle.db });
    const ms = performance.now() - started;
    if (!result.ran || result.applied !== handled || result.failed !== 0) throw new Error(`reconciliation incomplete: ${JSON.stringify(result)} of ${handled}`);
    const count = async (table: string) => Number((await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n);
    const rows = { contributions: await count('contributions'), subscriptions: await count('subscriptions'), adjustments: await count('payment_adjustments') };
    if (rows.contributions !== GIFTS + SUBSCRIPTIONS || rows.subscriptions !== SUBSCRIPTIONS || rows.adjustments !== REFUNDS) {
      throw new Error(`wrong rows after reconciling: ${JSON.stringify(rows)}`);
    }
    const context = { events: handled, concurrency: 4, rows };
    emit(NAME, ms, 'ms', context);
    emit('stripe_reconcile_events_per_second_postgres', handled / (ms / 1000), 'events/s', context);
  } finally {
    await handle.close();
    await emulator.close();
    await postgres.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
