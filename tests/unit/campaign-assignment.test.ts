// Variant assignment: stable per browser, uniform across browsers (within a tolerance), and targeted.
import { describe, expect, it } from 'vitest';
import { assignVariant, chooseAssignment, hashToUnit, isRunning } from '@/lib/campaigns/assign-variant';
import type { AssignmentContext, ServedTest } from '@/lib/campaigns/campaign-test';

const NO_TARGETING = { placements: [], sections: [], readerStates: [], countries: [], currencies: [] };

function test50(overrides: Partial<ServedTest> = {}): ServedTest {
  return {
    id: 7,
    trafficPercent: 100,
    holdbackPercent: 0,
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: null,
    targeting: NO_TARGETING,
    variants: [
      { key: 'control', name: 'Control', weight: 50, overrides: {} },
      { key: 'b', name: 'Shorter letter', weight: 50, overrides: { heading: 'Help us' } },
    ],
    ...overrides,
  };
}

// Deterministic pseudo-random browser ids (the app uses crypto.randomUUID in the browser).
function browserIds(count: number, seed = 1): string[] {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0), state.toString(16));
  return Array.from({ length: count }, () => `${next()}-${next()}-${next()}`);
}

const context: AssignmentContext = { placement: 'article-end', section: 'Local', readerStates: ['new'], country: 'DE', currency: 'eur' };

describe('the hash', () => {
  it('is stable and within [0, 1)', () => {
    expect(hashToUnit('7:variant:abc')).toBe(hashToUnit('7:variant:abc'));
    for (const id of browserIds(1000)) {
      const u = hashToUnit(id);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });

  it('spreads ids uniformly over ten buckets (chi-square, 9 degrees of freedom, p > 0.001)', () => {
    const buckets = new Array(10).fill(0);
    const ids = browserIds(100_000, 42);
    for (const id of ids) buckets[Math.floor(hashToUnit(`3:variant:${id}`) * 10)] += 1;
    const expected = ids.length / 10;
    const chiSquare = buckets.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(27.88);
  });
});

describe('assignment', () => {
  it('gives the same browser the same variant every time', () => {
    for (const id of browserIds(200)) expect(assignVariant(test50(), id)).toBe(assignVariant(test50(), id));
  });

  it('splits by the weights within a tolerance', () => {
    const ids = browserIds(20_000, 9);
    const counts = { control: 0, b: 0 };
    for (const id of ids) counts[assignVariant(test50(), id) as 'control' | 'b'] += 1;
    // Four standard deviations of a fair split of 20,000 is about 283.
    expect(Math.abs(counts.control - 10_000)).toBeLessThan(283);
    const weighted = test50({ variants: [{ key: 'control', name: 'C', weight: 80, overrides: {} }, { key: 'b', name: 'B', weight: 20, overrides: {} }] });
    const b = ids.filter((id) => assignVariant(weighted, id) === 'b').length;
    expect(Math.abs(b / ids.length - 0.2)).toBeLessThan(0.012);
  });

  it('takes in only the traffic share and holds back the holdback share of it', () => {
    const ids = browserIds(20_000, 5);
    const test = test50({ trafficPercent: 30, holdbackPercent: 10 });
    const results = ids.map((id) => assignVariant(test, id));
    const entered = results.filter((r) => r !== null).length;
    expect(Math.abs(entered / ids.length - 0.3)).toBeLessThan(0.013);
    const held = results.filter((r) => r === 'holdback').length;
    expect(Math.abs(held / entered - 0.1)).toBeLessThan(0.015);
  });

  it('keeps a browser in the test when its share only grows', () => {
    const ids = browserIds(2000, 3);
    const small = test50({ trafficPercent: 20 });
    const large = test50({ trafficPercent: 60 });
    for (const id of ids) if (assignVariant(small, id) !== null) expect(assignVariant(large, id)).toBe(assignVariant(small, id));
  });

  it('places different tests independently', () => {
    const ids = browserIds(10_000, 11);
    const other = { ...test50(), id: 8 };
    const both = ids.filter((id) => assignVariant(test50(), id) === 'b' && assignVariant(other, id) === 'b').length;
    expect(Math.abs(both / ids.length - 0.25)).toBeLessThan(0.02);
  });
});

describe('choosing a test for a view', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('only while the test runs', () => {
    expect(isRunning(test50({ startsAt: '2026-06-02T00:00:00Z' }), now)).toBe(false);
    expect(isRunning(test50({ endsAt: '2026-06-01T12:00:00Z' }), now)).toBe(false);
    expect(isRunning(test50({ endsAt: '2026-06-01T12:00:01Z' }), now)).toBe(true);
  });

  it('only where its targeting matches', () => {
    const pick = (targeting: Partial<ServedTest['targeting']>) =>
      chooseAssignment({ tests: [test50({ targeting: { ...NO_TARGETING, ...targeting } })], context, browserId: 'x', now })?.testId ?? null;
    expect(pick({})).toBe(7);
    expect(pick({ placements: ['support-page'] })).toBeNull();
    expect(pick({ placements: ['article-end'], sections: ['local'] })).toBe(7);
    expect(pick({ sections: ['Sport'] })).toBeNull();
    expect(pick({ readerStates: ['past-giver', 'new'] })).toBe(7);
    expect(pick({ readerStates: ['newsletter'] })).toBeNull();
    expect(pick({ countries: ['GB'] })).toBeNull();
    expect(pick({ countries: ['DE'], currencies: ['eur'] })).toBe(7);
    expect(pick({ currencies: ['usd'] })).toBeNull();
  });
});
