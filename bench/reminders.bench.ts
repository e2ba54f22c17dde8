// Reminders job throughput: due reminders sent per second (claim with SKIP LOCKED, supporter check, outbox, mark sent),
// with two runners at once, on real PostgreSQL (a database of the bench's own) and on in-memory PGlite; plus one run
// through a real local SMTP server. BENCH_REMINDERS changes the count (default 2000; the PGlite run uses a third, the SMTP run a sixth).
import '../scripts/lib/outside-next';
import { openDatabase, setDatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { reminders, supporters, subscriptions } from '../db/schema';
import { sendDueReminders } from '../lib/reminders/send-due-reminders';
import { closeSmtpTransports } from '../lib/email/get-smtp-transport';
import { startSmtpTestServer } from '../tests/helpers/smtp-test-server';
import { createBenchDatabase } from './lib/app-server';
import { emit } from './lib/emit';

const COUNT = Number(process.env.BENCH_REMINDERS || 2000);
const created = new Date('2027-01-10T12:00:00Z');
const now = new Date('2027-02-15T12:00:00Z');

async function seed(count: number): Promise<void> {
  const { db } = await import('../db/client');
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, k) => {
      const i = start + k;
      return { email: `reader${i}@example.org`, month: '2027-02', frequency: 'monthly' as const, token: `bench-token-${i}-${'x'.repeat(16)}`, createdAt: created };
    });
    await db.insert(reminders).values(rows);
  }
  // One in twenty has become a supporter since: skipped, never emailed.
  const members = await db.insert(supporters).values(Array.from({ length: Math.floor(count / 20) }, (_, i) => ({ email: `reader${i * 20}@example.org` }))).returning();
  await db.insert(subscriptions).values(members.map((m, i) => ({
    stripeSubscriptionId: `sub_bench_${i}`, supporterId: m.id, status: 'active', amount: 1000, currency: 'usd', interval: 'month' as const, startedAt: created,
  })));
}

async function measure(label: string, handle: ReturnType<typeof openDatabase>, count: number, smtpUrl: string | null): Promise<void> {
  setDatabaseHandle(handle);
  await migrateDatabase(handle);
  await seed(count);
  const started = performance.now();
  const runs = await Promise.all([sendDueReminders({ now, batchSize: 50, smtpUrl }), sendDueReminders({ now, batchSize: 50, smtpUrl })]);
  const seconds = (performance.now() - started) / 1000;
  const sent = runs.reduce((sum, r) => sum + r.sent, 0);
  const skipped = runs.reduce((sum, r) => sum + r.skipped, 0);
  emit(`reminders_sent_per_second_${label}`, sent / seconds, 'reminders/s', { sent, skipped, runners: 2, seconds: Math.round(seconds * 10) / 10 });
  setDatabaseHandle(undefined);
}

async function main() {
  const pg = await createBenchDatabase();
  if (pg) {
    try {
      await measure('postgres', openDatabase({ url: pg.url, poolSize: 6 }), COUNT, null);
      const smtp = await startSmtpTestServer();
      const smtpDb = await createBenchDatabase();
      try {
        await measure('postgres_smtp', openDatabase({ url: smtpDb!.url, poolSize: 6 }), Math.ceil(COUNT / 6), smtp.url);
      } finally {
        closeSmtpTransports();
        await smtp.close();
        await smtpDb?.drop();
      }
    } finally {
      await pg.drop();
    }
  } else {
    process.stderr.write('reminders bench: no PostgreSQL server reachable; skipping the PostgreSQL runs\n');
  }
  const lite = openDatabase({ dataDir: null });
  try {
    await measure('pglite', lite, Math.ceil(COUNT / 3), null);
  } finally {
    await lite.close();
  }
}

main().then(() => process.exit(0), (error) => {
  process.stderr.write(`reminders bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
