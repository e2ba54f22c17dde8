// Report ranges in the publication's time zone: presets, custom days, DST, and the errors staff see.
import { describe, expect, it } from 'vitest';
import { parseReportRange } from '@/lib/reports/parse-report-range';
import { parseCurrency } from '@/lib/reports/parse-currency';
import { zonedDate, zonedDayStart } from '@/lib/reports/zoned-time';
import { bucketStart, rangeBuckets, seriesUnit } from '@/lib/reports/get-money-series';

const timeZone = 'America/New_York';
const now = new Date('2026-11-26T03:00:00Z'); // still 25 November in New York

describe('zoned days', () => {
  it('finds midnight in New York on both sides of the end of summer time', () => {
    expect(zonedDayStart('2026-10-31', timeZone).toISOString()).toBe('2026-10-31T04:00:00.000Z');
    expect(zonedDayStart('2026-11-01', timeZone).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(zonedDayStart('2026-11-02', timeZone).toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(zonedDayStart('2026-03-08', timeZone).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(zonedDayStart('2026-03-09', timeZone).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(zonedDayStart('2026-06-01', 'Asia/Kolkata').toISOString()).toBe('2026-05-31T18:30:00.000Z');
    expect(zonedDate(now, timeZone)).toBe('2026-11-25');
  });
});

describe('parseReportRange', () => {
  it('turns presets into days ending today in the report time zone', () => {
    const range = (preset: string) => {
      const result = parseReportRange({ preset, timeZone, now });
      if (!result.ok) throw new Error(result.message);
      return [result.range.from, result.range.to, result.range.days];
    };
    expect(range('7d')).toEqual(['2026-11-19', '2026-11-25', 7]);
    expect(range('30d')).toEqual(['2026-10-27', '2026-11-25', 30]);
    expect(range('90d')).toEqual(['2026-08-28', '2026-11-25', 90]);
    expect(range('ytd')).toEqual(['2026-01-01', '2026-11-25', 329]);
    expect(range('mtd')).toEqual(['2026-11-01', '2026-11-25', 25]);
  });

  it('gives a custom range its instants and the previous period of the same length', () => {
    const result = parseReportRange({ from: '2026-10-01', to: '2026-10-31', timeZone, now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.range.start.toISOString()).toBe('2026-10-01T04:00:00.000Z');
    expect(result.range.end.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect([result.range.previous.from, result.range.previous.to]).toEqual(['2026-08-31', '2026-09-30']);
  });

  it('refuses unparseable dates, reversed ranges, ranges over five years and unknown presets', () => {
    const message = (options: { from?: string; to?: string; preset?: string }) => {
      const result = parseReportRange({ ...options, timeZone, now });
      return result.ok ? null : result.message;
    };
    expect(message({ from: 'yesterday', to: '2026-10-31' })).toMatch(/"yesterday" is not a date/);
    expect(message({ from: '2026-02-30', to: '2026-03-01' })).toMatch(/not a date/);
    expect(message({ from: '2026-11-01', to: '2026-10-01' })).toMatch(/after the end date/);
    expect(message({ from: '2020-01-01', to: '2026-01-01' })).toMatch(/longer than 5 years/);
    expect(message({ from: '2021-01-01', to: '2026-01-01' })).toBeNull();
    expect(message({ from: '2026-01-01' })).toMatch(/both a start and an end/);
    expect(message({ preset: 'forever' })).toMatch(/Unknown range/);
  });
});

describe('parseCurrency', () => {
  it('accepts ISO codes in any case and refuses the rest', () => {
    expect(parseCurrency('USD')).toEqual({ ok: true, currency: 'usd' });
    expect(parseCurrency('')).toEqual({ ok: true, currency: null });
    expect(parseCurrency('xyz').ok).toBe(false);
    expect(parseCurrency('dollars').ok).toBe(false);
  });
});

describe('chart buckets', () => {
  it('uses days up to two months, weeks up to a year, then months, with no gaps', () => {
    expect([seriesUnit(31), seriesUnit(90), seriesUnit(400)]).toEqual(['day', 'week', 'month']);
    expect(bucketStart('2026-11-26', 'week')).toBe('2026-11-23');
    expect(rangeBuckets('2026-10-30', '2026-11-02', 'day')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    expect(rangeBuckets('2026-01-15', '2026-03-01', 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});
