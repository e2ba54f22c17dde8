// Checkout-start latency through the real app (`npm start` + emulator) at 50 concurrent readers, and the app's own
// share of it: total minus the time the app spent waiting on Stripe (reported by the app in Server-Timing).
import net from 'node:net';
import { createBenchDatabase, startApp } from './lib/app-server';
import { emit } from './lib/emit';

const READERS = Number(process.env.BENCH_READERS || 50);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

let counter = 0;
async function startOne(url: string): Promise<{ total: number; stripe: number }> {
  const amounts = ['5', '10', '20', '7.50'];
  const body = new URLSearchParams({
    frequency: counter % 3 === 0 ? 'once' : 'monthly',
    amount: amounts[counter % amounts.length],
    currency: 'usd',
    placement: 'article-end',
    article: 'river-bridge-repairs-delayed',
    nonce: `bench-${process.pid}-${++counter}-nonce`,
  });
  const started = performance.now();
  const response = await fetch(`${url}/support/checkout`, { method: 'POST', body, redirect: 'manual' });
  await response.arrayBuffer();
  const total = performance.now() - started;
  if (response.status !== 303 || !response.headers.get('location')?.includes('/c/pay/cs_')) {
    throw new Error(`checkout start failed: ${response.status} ${response.headers.get('location') ?? ''}`);
  }
  const stripe = Number(/stripe;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
  return { total, stripe };
}

type Sample = { total: number; stripe: number };

async function measure(url: string, readers: number, seconds: number): Promise<{ samples: Sample[]; elapsed: number }> {
  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: readers }, async () => {
      while (Date.now() < until) samples.push(await startOne(url));
    }),
  );
  return { samples, elapsed: (performance.now() - began) / 1000 };
}

function report(prefix: string, { samples, elapsed }: { samples: Sample[]; elapsed: number }, context: Record<string, unknown>) {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const totals = sorted(samples.map((s) => s.total));
  const own = sorted(samples.map((s) => s.total - s.stripe));
  const stripe = sorted(samples.map((s) => s.stripe));
  const extra = { ...context, requests: samples.length };
  emit(`${prefix}_latency_p50`, percentile(totals, 50), 'ms', extra);
  emit(`${prefix}_latency_p95`, percentile(totals, 95), 'ms', extra);
  emit(`${prefix}_stripe_p95`, percentile(stripe, 95), 'ms', extra);
  emit(`${prefix}_app_share_p50`, percentile(own, 50), 'ms', extra);
  emit(`${prefix}_app_share_p95`, percentile(own, 95), 'ms', extra);
  emit(`${prefix}_per_second`, samples.length / elapsed, 'req/s', extra);
}

async function main() {
  // Every reader comes from 127.0.0.1 here; the per-client limit is for card testers, not for this bench.
  process.env.CHECKOUT_RATE_LIMIT = '1000000';
  process.env.LOG_LEVEL = 'warn';
  // With DATABASE_URL, a throwaway database on that server; otherwise embedded PGlite.
  const postgres = process.env.DATABASE_URL ? await createBenchDatabase() : undefined;
  const app = await startApp({ port: await freePort(), emulatorPort: await freePort(), databaseUrl: postgres?.url, dataDir: 'data/bench-checkout' });
  try {
    for (let i = 0; i < 20; i++) await startOne(app.url);
    const database = postgres ? 'postgres' : 'pglite';
    // One reader alone: the app's overhead without queueing; then 50 at once: what readers feel at a spike.
    const alone = await measure(app.url, 1, Math.min(5, SECONDS));
    report('checkout_start_single_reader', alone, { readers: 1, database });
    const crowd = await measure(app.url, READERS, SECONDS);
    report('checkout_start', crowd, { readers: READERS, database });
  } finally {
    await app.stop();
    await postgres?.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
