// Adds a batch of appeal counts to the day's totals (report time zone); events on unknown articles, and unknown tests and
// variants, are dropped, so that made-up names cannot fill the tables.
import { inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { appealAttributionCounts, appealDailyCounts, appealTests, articles } from '@/db/schema';
import { zonedDate } from '@/lib/reports/zoned-time';
import type { AppealEventCount, AttributionCount } from './parse-appeal-events';

async function knownArticles(named: { article?: string }[]): Promise<Set<string>> {
  const slugs = [...new Set(named.map((c) => c.article).filter((slug): slug is string => Boolean(slug)))];
  if (!slugs.length) return new Set();
  return new Set((await db.select({ slug: articles.slug }).from(articles).where(inArray(articles.slug, slugs))).map((a) => a.slug));
}

/** "7:b" for every variant (and the holdback) of the named tests that exist. */
async function knownVariants(attribution: AttributionCount[]): Promise<Set<string>> {
  const ids = [...new Set(attribution.map((a) => a.testId).filter(Boolean))];
  if (!ids.length) return new Set();
  const rows = await db.select({ id: appealTests.id, definition: appealTests.definition }).from(appealTests).where(inArray(appealTests.id, ids));
  const known = new Set<string>();
  for (const row of rows) {
    const variants = (row.definition as { variants?: { key?: unknown }[] }).variants ?? [];
    for (const key of [...variants.map((v) => v.key), 'holdback']) if (typeof key === 'string') known.add(`${row.id}:${key}`);
  }
  return known;
}

export async function recordAppealEvents(options: { counts: AppealEventCount[]; attribution?: AttributionCount[]; now: Date; timeZone: string }): Promise<number> {
  const attribution = options.attribution ?? [];
  const [articlesKnown, variantsKnown] = await Promise.all([knownArticles([...options.counts, ...attribution]), knownVariants(attribution)]);
  const realArticle = (article: string | undefined) => !article || articlesKnown.has(article);
  const day = zonedDate(options.now, options.timeZone);
  const rows = options.counts
    .filter((c) => realArticle(c.article))
    .map((c) => ({ day, placement: c.placement, articleSlug: c.article, kind: c.kind, count: c.count }));
  // An unknown test keeps its source and referrer; rows that then coincide are added together (one upsert per row).
  const attributed = new Map<string, AttributionCount & { day: string }>();
  for (const { article, ...a } of attribution) {
    if (!realArticle(article)) continue;
    const row = a.testId && !variantsKnown.has(`${a.testId}:${a.variant}`) ? { ...a, testId: 0, variant: '' } : a;
    if (!row.testId && !row.utmSource && !row.referrerHost) continue;
    const key = [row.kind, row.testId, row.variant, row.utmSource, row.referrerHost].join('|');
    const existing = attributed.get(key);
    if (existing) existing.count += row.count;
    else attributed.set(key, { day, ...row });
  }
  if (rows.length) {
    await db
      .insert(appealDailyCounts)
      .values(rows)
      .onConflictDoUpdate({
        target: [appealDailyCounts.day, appealDailyCounts.placement, appealDailyCounts.articleSlug, appealDailyCounts.kind],
        set: { count: sql`${appealDailyCounts.count} + excluded.count` },
      });
  }
  if (attributed.size) {
    const t = appealAttributionCounts;
    await db
      .insert(t)
      .values([...attributed.values()])
      .onConflictDoUpdate({ target: [t.testId, t.variant, t.day, t.kind, t.utmSource, t.referrerHost], set: { count: sql`${t.count} + excluded.count` } });
  }
  return rows.reduce((sum, r) => sum + r.count, 0);
}
