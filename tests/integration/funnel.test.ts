// The appeal beacon: batches add up per day (report time zone), placement and article; junk is refused cheaply, and one
// client cannot move the counts by more than a small bounded number.
import { beforeAll, describe, expect, it } from 'vitest';
import { appealAttributionCounts, appealDailyCounts, appealTests, rateLimits } from '@/db/schema';
import { seedContent } from '@/db/seed/seed-content';
import { demoArticles } from '@/db/seed/articles';
import * as beacon from '@/app/api/appeal-events/route';
import { recordAppealEvents } from '@/lib/funnel/record-appeal-events';
import { appealEventsRateLimit, MAX_EVENTS_PER_BATCH } from '@/lib/funnel/parse-appeal-events';
import { launcherHeaders } from '@/lib/http/client-ip';
import { useTestDatabase } from '../helpers/test-database';

const post = (body: string, headers: Record<string, string> = {}) =>
  beacon.POST(new Request('http://localhost:3000/api/appeal-events', { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'http://localhost:3000', ...headers } }));

describe('POST /api/appeal-events', () => {
  const database = useTestDatabase();
  const slug = demoArticles[0].slug;
  beforeAll(async () => seedContent(database().db));

  it('adds each batch to the day’s counts (a repeat within a batch once) and answers 204', async () => {
    const batch = JSON.stringify({ events: [
      { kind: 'impression', placement: 'article-end', article: slug },
      { kind: 'impression', placement: 'article-end', article: slug },
      { kind: 'continue', placement: 'article-end', article: slug },
    ] });
    expect((await post(batch)).status).toBe(204);
    expect((await post(batch)).status).toBe(204);
    const rows = await database().db.select().from(appealDailyCounts);
    expect(rows.map((r) => [r.placement, r.articleSlug, r.kind, r.count]).sort()).toEqual([
      ['article-end', slug, 'continue', 2],
      ['article-end', slug, 'impression', 2],
    ]);
  });

  it('files counts under the day in the report time zone', async () => {
    await recordAppealEvents({ counts: [{ kind: 'impression', placement: 'tz-test', article: '', count: 3 }], now: new Date('2026-11-01T03:30:00Z'), timeZone: 'America/New_York' });
    const rows = (await database().db.select().from(appealDailyCounts)).filter((r) => r.placement === 'tz-test');
    expect(rows).toEqual([{ day: '2026-10-31', placement: 'tz-test', articleSlug: '', kind: 'impression', count: 3 }]);
  });

  it('drops made-up articles and refuses junk with 400 and oversized bodies with 413', async () => {
    expect((await post(JSON.stringify({ events: [{ kind: 'impression', placement: 'article-end', article: 'no-such-story', utm: 'made-up' }] }))).status).toBe(204);
    const rows = await database().db.select().from(appealDailyCounts);
    expect(rows.find((r) => r.articleSlug === 'no-such-story')).toBeUndefined();
    expect(await database().db.select().from(appealAttributionCounts)).toEqual([]);
    const unknownPlace = await post(JSON.stringify({ events: [{ kind: 'impression', placement: 'somewhere-else', article: slug }] }));
    expect(unknownPlace.status).toBe(400);
    expect(await database().db.select().from(appealDailyCounts)).toEqual(rows);
    const junk = await post('{"events":[{"kind":"buy"}]}');
    expect(junk.status).toBe(400);
    expect((await junk.json()).error.message).toMatch(/Invalid events/);
    expect((await post('x'.repeat(5000))).status).toBe(413);
  });

  it('files the test, variant, utm_source and referring host of each event for the campaign reports', async () => {
    const { db } = database();
    const [test] = await db.insert(appealTests).values({ definition: { variants: [{ key: 'control' }, { key: 'b' }] }, createdBy: 'e@example.org', updatedBy: 'e@example.org' }).returning();
    const batch = JSON.stringify({ events: [
      { kind: 'impression', placement: 'article-end', article: slug, test: test.id, variant: 'b', utm: 'newsletter', ref: 'social.example' },
      { kind: 'impression', placement: 'article-end', article: slug, test: test.id, variant: 'nope' },
    ] });
    expect((await post(batch)).status).toBe(204);
    const rows = await db.select().from(appealAttributionCounts);
    expect(rows.map((r) => [r.testId, r.variant, r.kind, r.utmSource, r.referrerHost, r.count])).toEqual([[test.id, 'b', 'impression', 'newsletter', 'social.example', 1]]);
  });

  it('a flood from one client (1000 batches, 4000 events) moves the counts by at most its rate limit times one batch: the rest is 429 with Retry-After', async () => {
    const { db } = database();
    await db.delete(appealDailyCounts);
    await db.delete(rateLimits);
    const flooder = launcherHeaders('203.0.113.66');
    const APPEAL_EVENTS_RATE_LIMIT = appealEventsRateLimit();
    // The most one batch can count: each kind once at two placements (a repeat within the batch counts once).
    const worst = JSON.stringify({ events: [
      { kind: 'impression', placement: 'article-end', article: slug },
      { kind: 'continue', placement: 'article-end', article: slug },
      { kind: 'impression', placement: 'embed', article: slug },
      { kind: 'continue', placement: 'embed', article: slug },
    ] });
    const statuses = new Map<number, number>();
    let retryAfter = 0;
    for (let i = 0; i < 1000; i += 1) {
      const response = await post(worst, flooder);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 429) retryAfter = Number(response.headers.get('retry-after'));
    }
    expect(Object.fromEntries(statuses)).toEqual({ 204: APPEAL_EVENTS_RATE_LIMIT.limit, 429: 1000 - APPEAL_EVENTS_RATE_LIMIT.limit });
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(APPEAL_EVENTS_RATE_LIMIT.windowSeconds);
    const rows = await db.select().from(appealDailyCounts);
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    expect(Math.max(...rows.map((r) => r.count))).toBeLessThanOrEqual(APPEAL_EVENTS_RATE_LIMIT.limit);
    expect(total).toBeLessThanOrEqual(APPEAL_EVENTS_RATE_LIMIT.limit * MAX_EVENTS_PER_BATCH);
    // Another reader is still counted.
    const reader = await post(JSON.stringify({ events: [{ kind: 'impression', placement: 'article-end', article: slug }] }), launcherHeaders('198.51.100.7'));
    expect(reader.status).toBe(204);
  });
});
