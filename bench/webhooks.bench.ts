// Webhook events processed per second (signature check, re-read from Stripe, one transaction each) on embedded
// PGlite and, with DATABASE_URL, on PostgreSQL; the final row counts are checked against the flows that made them.
import '../scripts/lib/outside-next';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { openDatabase, type DatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createStripeClient } from '../lib/stripe/get-stripe';
import { handleStripeWebhook } from '../lib/stripe/handle-stripe-webhook';
import { isHandledEventType, readStripeEvent, type ReadStripeEvent } from '../lib/stripe/read-stripe-event';
import { createCheckoutSession } from '../lib/support/create-checkout-session';
import type { SupportChoice } from '../lib/support/validate-support-form';
import { createBenchDatabase } from './lib/app-server';
import { emit } from './lib/emit';

const FLOWS = Number(process.env.BENCH_FLOWS || 90);
// Stripe's own emulator delivers one at a time per endpoint; live Stripe delivers several at once.
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY || '1,8').split(',').map(Number);
const SECRET = 'whsec_bench_secret';
const root = path.resolve(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The emulator in its own process, as in production Stripe is elsewhere: its work does not slow the app's loop. */
async function startEmulator(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-')), 'stripe.json');
  const child = spawn(process.execPath, ['--import', 'tsx', 'stripe-emulator/main.ts'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, STRIPE_EMULATOR_PORT: String(port), STRIPE_EMULATOR_DATA_FILE: dataFile },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${url}/_emulator/health`).then((r) => r.ok).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => child.kill('SIGTERM') };
}

async function pay(url: string, email: string): Promise<void> {
  const body = new URLSearchParams({ email, cardnumber: '4242 4242 4242 4242', exp: '12 / 34', cvc: '123', name: 'Bench Reader' });
  const response = await fetch(url, { method: 'POST', body, redirect: 'manual' });
  await response.arrayBuffer();
  if (response.status !== 303) throw new Error(`payment refused: ${response.status}`);
}

/** Real flows on the emulator: one-off gifts (a third refunded), monthly and annual subscriptions. */
async function generateEvents(stripe: Stripe): Promise<{ events: Stripe.Event[]; once: number; recurring: number }> {
  const scratch = openDatabase({ dataDir: null });
  await migrateDatabase(scratch);
  const frequencies = ['once', 'monthly', 'annual'] as const;
  for (let i = 0; i < FLOWS; i += 6) {
    await Promise.all(
      Array.from({ length: Math.min(6, FLOWS - i) }, async (_, j) => {
        const n = i + j;
        const choice: SupportChoice = {
          frequency: frequencies[n % 3], currency: 'usd', amount: 1000 + n, amountText: '', placement: 'article-end', articleSlug: 'bench', nonce: null,
        };
        const session = await createCheckoutSession({ stripe, database: scratch.db, choice, appUrl: 'http://bench.test', publicationName: 'Bench' });
        await pay(session.url, `reader${n}@bench.test`);
        if (n % 9 === 0) {
          const paid = await stripe.checkout.sessions.retrieve(session.id);
          await stripe.refunds.create({ payment_intent: paid.payment_intent as string });
        }
      }),
    );
  }
  await scratch.close();
  const events: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) events.push(event);
  const once = Math.ceil(FLOWS / 3);
  if (process.env.BENCH_DEBUG) console.error(JSON.stringify(events.reduce<Record<string, number>>((m, e) => ({ ...m, [e.type]: (m[e.type] ?? 0) + 1 }), {})));
  return { events: events.reverse(), once, recurring: FLOWS - once };
}

async function replay(kind: string, concurrency: number, handle: DatabaseHandle, stripe: Stripe, events: Stripe.Event[], expected: { once: number; recurring: number }) {
  await migrateDatabase(handle);
  const ordered = process.env.BENCH_SHUFFLE ? [...events].sort(() => Math.random() - 0.5) : events;
  const requests = ordered.map((event) => {
    const payload = JSON.stringify(event);
    return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) };
  });
  let next = 0;
  // Where the time goes: reading Stripe (outside the transaction) versus applying in the database.
  const timing = { readMs: 0, applyMs: 0 };
  const readEvent: ReadStripeEvent = async (event, ctx) => {
    const readStarted = performance.now();
    const apply = await readStripeEvent(event, ctx);
    timing.readMs += performance.now() - readStarted;
    return async (tx) => {
      const applyStarted = performance.now();
      try {
        return await apply(tx);
      } finally {
        timing.applyMs += performance.now() - applyStarted;
      }
    };
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const { payload, signature } = requests[next++];
        const request = new Request('http://bench.test/api/stripe/webhook', { method: 'POST', headers: { 'stripe-signature': signature }, body: payload });
        const response = await handleStripeWebhook(request, { stripe, database: handle.db, secret: SECRET, readEvent });
        if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${await response.text()}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const count = async (table: string) => Number((await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n);
  const handled = events.filter((e) => isHandledEventType(e.type)).length;
  const rows = { contributions: await count('contributions'), subscriptions: await count('subscriptions'), events: await count('stripe_events') };
  if (rows.contributions !== expected.once + expected.recurring || rows.subscriptions !== expected.recurring || rows.events !== handled) {
    throw new Error(`wrong final rows on ${kind}: ${JSON.stringify(rows)}, expected ${JSON.stringify({ ...expected, handled })}`);
  }
  const context = { database: kind, events: events.length, handled, concurrency, rows: { ...rows } };
  const suffix = concurrency === 1 ? kind : `${kind}_concurrency_${concurrency}`;
  emit(`webhook_events_per_second_${suffix}`, events.length / seconds, 'events/s', context);
  emit(`webhook_handled_events_per_second_${suffix}`, handled / seconds, 'events/s', context);
  emit(`webhook_stripe_read_ms_per_handled_event_${suffix}`, timing.readMs / handled, 'ms', context);
  emit(`webhook_db_apply_ms_per_handled_event_${suffix}`, timing.applyMs / handled, 'ms', context);
}

async function main() {
  process.env.LOG_LEVEL = 'warn';
  const emulator = await startEmulator();
  try {
    const stripe = createStripeClient('sk_test_bench', emulator.url);
    const { events, once, recurring } = await generateEvents(stripe);
    for (const concurrency of CONCURRENCIES) {
      const pglite = openDatabase({ dataDir: null });
      try {
        await replay('pglite', concurrency, pglite, stripe, events, { once, recurring });
      } finally {
        await pglite.close();
      }
    }
    if (!process.env.DATABASE_URL) return;
    for (const concurrency of CONCURRENCIES) {
      const postgres = await createBenchDatabase();
      if (!postgres) throw new Error('DATABASE_URL is set but no database could be created on it');
      const handle = openDatabase({ url: postgres.url, poolSize: Math.max(2, concurrency) });
      try {
        await replay('postgres', concurrency, handle, stripe, events, { once, recurring });
      } finally {
        await handle.close();
        await postgres.drop();
      }
    }
  } finally {
    emulator.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
