// Migration 0012 carries each payment's one refund and one dispute over into payment_adjustments, and the reports'
// rollups hold exactly the same sums before and after; the next sync of such a payment replaces them with Stripe's rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { openDatabase, type DatabaseHandle } from '@/db/client';

const folder = path.join(process.cwd(), 'db', 'migrations');
let handle: DatabaseHandle | undefined;
let before: string | undefined;

/** The migrations up to (not including) `tag`, in a folder of their own. */
function migrationsBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-migrations-'));
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag === tag);
  fs.mkdirSync(path.join(dir, 'meta'));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  for (const entry of journal.entries.slice(0, upTo)) fs.copyFileSync(path.join(folder, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  return dir;
}

const rollups = async (db: DatabaseHandle['db']) =>
  (await db.execute(sql`select grain, bucket, currency, sum(refund_count)::int as rc, sum(refund_amount)::int as ra, sum(dispute_count)::int as dc,
      sum(dispute_amount)::int as da, sum(once_count)::int as oc, sum(failed_count)::int as fc
    from (select * from contribution_rollups union all select * from contribution_rollup_deltas) r group by 1, 2, 3 order by 1, 2, 3`)).rows;

describe('migration 0012: refunds and disputes as rows of their own', () => {
  afterAll(async () => {
    await handle?.close();
    if (before) fs.rmSync(before, { recursive: true, force: true });
  });

  it('backfills one row per refunded or disputed payment and leaves the report sums as they were', async () => {
    handle = openDatabase({ dataDir: null });
    const db = handle.db;
    before = migrationsBefore('0012_payment_adjustments');
    await migrate(db as unknown as PgliteDatabase, { migrationsFolder: before });
    await db.execute(sql`
      insert into contributions (stripe_payment_intent_id, frequency, amount, currency, amount_refunded, status, paid_at, refunded_at, disputed_at) values
        ('pi_a', 'once', 5000, 'usd', 2500, 'partially_refunded', '2026-03-02T10:00:00Z', '2026-03-20T10:00:00Z', null),
        ('pi_b', 'once', 3000, 'eur', 0, 'disputed', '2026-03-03T10:00:00Z', null, '2026-03-25T10:00:00Z'),
        ('pi_c', 'once', 1000, 'usd', 0, 'paid', '2026-03-04T10:00:00Z', null, null)`);
    const sums = await rollups(db);
    expect(sums.some((r) => Number(r.ra) === 2500)).toBe(true);

    await migrate(db as unknown as PgliteDatabase, { migrationsFolder: folder });
    const rows = await db.execute(sql`select a.stripe_id, a.kind, a.amount, a.currency, a.occurred_at, c.stripe_payment_intent_id as intent
      from payment_adjustments a join contributions c on c.id = a.contribution_id order by a.stripe_id`);
    expect(rows.rows.map((r) => [String(r.stripe_id).replace(/\d+$/, 'N'), r.kind, r.amount, String(r.currency).trim(), new Date(r.occurred_at as string).toISOString(), r.intent])).toEqual([
      ['legacy-dispute-N', 'dispute', 3000, 'eur', '2026-03-25T10:00:00.000Z', 'pi_b'],
      ['legacy-refund-N', 'refund', 2500, 'usd', '2026-03-20T10:00:00.000Z', 'pi_a'],
    ]);
    expect(await rollups(db)).toEqual(sums);
    const columns = await db.execute(sql`select column_name from information_schema.columns where table_name = 'contributions' and column_name in ('refunded_at', 'disputed_at')`);
    expect(columns.rows).toEqual([]);
  });
});
