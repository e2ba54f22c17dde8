// The beacon's batches: known placements only, capped, a repeat counted once, and free of anything personal.
import { describe, expect, it } from 'vitest';
import { APPEAL_PLACEMENTS } from '@/lib/funnel/appeal-placements';
import { MAX_EVENTS_PER_BATCH, parseAppealEvents } from '@/lib/funnel/parse-appeal-events';
import { conversionRate, funnelByPlacement } from '@/lib/reports/get-funnel';

describe('parseAppealEvents', () => {
  it('counts one impression and one press per placement and article in a batch, however often it repeats them', () => {
    const body = JSON.stringify({ events: [
      { kind: 'impression', placement: 'article-end', article: 'bridge' },
      { kind: 'impression', placement: 'article-end', article: 'bridge' },
      { kind: 'continue', placement: 'article-end', article: 'bridge' },
      { kind: 'impression', placement: 'support-page' },
    ] });
    expect(parseAppealEvents(body)).toEqual({ ok: true, counts: [
      { kind: 'impression', placement: 'article-end', article: 'bridge', count: 1 },
      { kind: 'continue', placement: 'article-end', article: 'bridge', count: 1 },
      { kind: 'impression', placement: 'support-page', article: '', count: 1 },
    ], attribution: [] });
    const same = Array.from({ length: MAX_EVENTS_PER_BATCH }, () => ({ kind: 'impression', placement: 'embed', article: 'bridge', test: 3, variant: 'b' }));
    const parsed = parseAppealEvents(JSON.stringify({ events: same }));
    expect(parsed.ok && [parsed.counts.map((c) => c.count), parsed.attribution.map((a) => a.count)]).toEqual([[1], [1]]);
  });

  it('refuses bad JSON, unknown kinds, unknown placements and oversized batches; extra personal fields are ignored', () => {
    expect(parseAppealEvents('nope').ok).toBe(false);
    expect(parseAppealEvents(JSON.stringify({ events: [{ kind: 'purchase', placement: 'article-end' }] })).ok).toBe(false);
    for (const placement of ['Robert"); drop', 'x', 'article-end-2', 'ARTICLE-END', '', 42]) {
      expect(parseAppealEvents(JSON.stringify({ events: [{ kind: 'impression', placement }] })).ok).toBe(false);
    }
    for (const placement of APPEAL_PLACEMENTS) expect(parseAppealEvents(JSON.stringify({ events: [{ kind: 'impression', placement }] })).ok).toBe(true);
    const tooMany = Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, () => ({ kind: 'impression', placement: 'article-end' }));
    expect(parseAppealEvents(JSON.stringify({ events: tooMany })).ok).toBe(false);
    const withEmail = parseAppealEvents(JSON.stringify({ events: [{ kind: 'impression', placement: 'article-end', email: 'a@b.org' }] }));
    expect(JSON.stringify(withEmail)).not.toContain('a@b.org');
  });
});

describe('funnel arithmetic', () => {
  it('sums articles into placements and divides safely', () => {
    const rows = [
      { placement: 'article-end', article: 'a', impressions: 10, continues: 2, checkouts: 1, payments: 1 },
      { placement: 'article-end', article: 'b', impressions: 30, continues: 3, checkouts: 2, payments: 0 },
    ];
    expect(funnelByPlacement(rows)).toEqual([{ placement: 'article-end', article: '', impressions: 40, continues: 5, checkouts: 3, payments: 1 }]);
    expect(conversionRate(1, 4)).toBe(0.25);
    expect(conversionRate(1, 0)).toBeNull();
  });
});

describe('parseAppealEvents with attribution', () => {
  it('counts test, variant, utm_source and referring host apart, and drops odd values instead of refusing the batch', () => {
    const body = JSON.stringify({ events: [
      { kind: 'impression', placement: 'article-end', test: 3, variant: 'b', utm: 'Newsletter', ref: 'news.example.org' },
      { kind: 'continue', placement: 'article-end', test: 3, variant: 'control' },
      { kind: 'impression', placement: 'support-page', utm: '<script>', ref: 'bad host' },
      { kind: 'impression', placement: 'embed', test: 3, utm: 'x'.repeat(41), ref: `${'a'.repeat(101)}.example` },
    ] });
    const parsed = parseAppealEvents(body);
    expect(parsed.ok && parsed.attribution).toEqual([
      { kind: 'impression', testId: 3, variant: 'b', utmSource: 'newsletter', referrerHost: 'news.example.org', count: 1, article: '' },
      { kind: 'continue', testId: 3, variant: 'control', utmSource: '', referrerHost: '', count: 1, article: '' },
    ]);
    expect(parsed.ok && parsed.counts).toEqual([
      { kind: 'impression', placement: 'article-end', article: '', count: 1 },
      { kind: 'continue', placement: 'article-end', article: '', count: 1 },
      { kind: 'impression', placement: 'support-page', article: '', count: 1 },
      { kind: 'impression', placement: 'embed', article: '', count: 1 },
    ]);
  });
});
