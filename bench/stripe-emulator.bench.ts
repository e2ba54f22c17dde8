// Emulator throughput: Checkout Sessions created per second through the SDK, and webhook deliveries per second.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeEmulator } from '../stripe-emulator/index';

const SESSION_SECONDS = 5;
const WEBHOOK_SECONDS = 5;
const CONCURRENCY = 8;

function report(name: string, value: number, unit: string): void {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 10) / 10, unit })}\n`);
}

async function sessionsPerSecond(stripe: Stripe): Promise<number> {
  const price = await stripe.prices.create({ currency: 'usd', unit_amount: 500, recurring: { interval: 'month' }, product_data: { name: 'Bench plan' } });
  const until = Date.now() + SESSION_SECONDS * 1000;
  let created = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        await stripe.checkout.sessions.create({ mode: 'subscription', success_url: 'http://bench.test/ok', line_items: [{ price: price.id, quantity: 1 }] });
        created += 1;
      }
    }),
  );
  return created / ((Date.now() - started) / 1000);
}

async function deliveriesPerSecond(stripe: Stripe, controlUrl: string): Promise<number> {
  let received = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await stripe.webhookEndpoints.create({ url, enabled_events: ['customer.created'] });
  // Queue events while paused, then time how fast the queue drains
  await fetch(`${controlUrl}/delivery-mode`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"paused":true}' });
  const queued = 1500;
  for (let i = 0; i < queued; i += CONCURRENCY) {
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, j) => stripe.customers.create({ email: `bench${i + j}@example.org` })));
  }
  const started = Date.now();
  await fetch(`${controlUrl}/delivery-mode`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"paused":false}' });
  const deadline = started + WEBHOOK_SECONDS * 1000;
  while (received < queued && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const rate = received / ((Date.now() - started) / 1000);
  await new Promise<void>((r) => {
    receiver.close(() => r());
    receiver.closeAllConnections();
  });
  return rate;
}

async function main(): Promise<void> {
  const emulator = await startStripeEmulator({ port: 0, dataFile: null });
  const stripe = new Stripe('sk_test_bench', { ...emulator.stripeConfig, maxNetworkRetries: 0 });
  try {
    report('stripe_emulator.checkout_sessions_created_per_second', await sessionsPerSecond(stripe), 'ops/s');
    report('stripe_emulator.webhook_deliveries_per_second', await deliveriesPerSecond(stripe, `${emulator.url}/_emulator`), 'deliveries/s');
  } finally {
    await emulator.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
