// The dashboard chart's axes: round value ticks that reach the highest bar, spread date ticks, short labels.
import { describe, expect, it } from 'vitest';
import { axisTicks, formatBucket, formatCompactMinor, pickDateTicks } from '@/lib/reports/chart-axis';

describe('chart axes', () => {
  it('steps the value axis in round major units up to at least the highest bar', () => {
    expect(axisTicks(0)).toEqual([0]);
    expect(axisTicks(98_750)).toEqual([0, 25_000, 50_000, 75_000, 100_000]);
    expect(axisTicks(1_000)).toEqual([0, 250, 500, 750, 1_000]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(90_000, 'jpy')).toEqual([0, 25_000, 50_000, 75_000, 100_000]);
    for (const highest of [1, 3, 99, 12_345, 7_654_321]) {
      const ticks = axisTicks(highest);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(highest);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it('labels ticks briefly', () => {
    expect(formatCompactMinor(150_000, 'usd')).toBe('$1.5K');
    expect(formatCompactMinor(20_000, 'eur')).toBe('€200');
    expect(formatBucket('2026-09-03', 'day')).toBe('Sep 3');
    expect(formatBucket('2026-09-03', 'week', true)).toBe('Sep 3, 2026');
    expect(formatBucket('2026-09-01', 'month')).toBe('Sep 2026');
  });

  it('spreads up to five date ticks and keeps the first and the last', () => {
    expect(pickDateTicks(0)).toEqual([]);
    expect(pickDateTicks(1)).toEqual([0]);
    expect(pickDateTicks(3)).toEqual([0, 1, 2]);
    expect(pickDateTicks(90)).toEqual([0, 22, 45, 67, 89]);
  });
});
