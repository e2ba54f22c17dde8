// Adds a batch of appeal counts to the day's totals (report time zone) in one statement; unknown articles are dropped.
import { inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { appealDailyCounts, articles } from '@/db/schema';
import { zonedDate } from '@/lib/reports/zoned-time';
import type { AppealEventCount } from './parse-appeal-events';

export async function recordAppealEvents(options: { counts: AppealEventCount[]; now: Date; timeZone: string }): Promise<number> {
  const slugs = [...new Set(options.counts.map((c) => c.article).filter(Boolean))];
  // Only real articles get a row, so that made-up slugs cannot fill the table.
  const known = slugs.length
    ? new Set((await db.select({ slug: articles.slug }).from(articles).where(inArray(articles.slug, slugs))).map((a) => a.slug))
    : new Set<string>();
  const day = zonedDate(options.now, options.timeZone);
  const rows = options.counts
    .filter((c) => !c.article || known.has(c.article))
    .map((c) => ({ day, placement: c.placement, articleSlug: c.article, kind: c.kind, count: c.count }));
  if (rows.length === 0) return 0;
  await db
    .insert(appealDailyCounts)
    .values(rows)
    .onConflictDoUpdate({
      target: [appealDailyCounts.day, appealDailyCounts.placement, appealDailyCounts.articleSlug, appealDailyCounts.kind],
      set: { count: sql`${appealDailyCounts.count} + excluded.count` },
    });
  return rows.reduce((sum, r) => sum + r.count, 0);
}
