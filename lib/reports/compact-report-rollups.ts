// Folds the changes small writes appended (contribution_rollup_deltas, checkout_rollup_deltas) into the report rollups.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

/** Keeps the reports' reads short; the sums are the same before and after, since the reports add the deltas in. */
export async function compactReportRollups(): Promise<void> {
  await db.execute(sql`select compact_report_rollups()`);
}
