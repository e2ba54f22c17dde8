// Figures and CSV cells as staff see them: money from minor units per currency, changes, and spreadsheet-safe cells.
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, majorUnits } from '@/lib/admin/csv';
import { describeChange, formatMinor, formatRate } from '@/lib/reports/format-report';
import { decodeCursor, encodeCursor } from '@/lib/admin/supporter-cursor';

describe('report formatting', () => {
  it('formats minor units with each currency’s own decimals', () => {
    expect(formatMinor(123456, 'usd')).toBe('$1,234.56');
    expect(formatMinor(500, 'jpy')).toBe('¥500');
    expect(formatMinor(1500, 'eur')).toBe('€15.00');
    expect(majorUnits(1050, 'usd')).toBe('10.50');
    expect(majorUnits(500, 'jpy')).toBe('500');
  });

  it('describes changes against the previous period', () => {
    expect(describeChange(150, 100)).toBe('+50% on the previous period');
    expect(describeChange(50, 100)).toBe('-50% on the previous period');
    expect(describeChange(10, 0)).toBe('none in the previous period');
    expect(describeChange(0, 0)).toBe('no change on the previous period');
    expect(formatRate(1 / 3)).toBe('33.3%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-5)).toBe('-5'); // numbers are data, not formulas
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-10-01T04:00:00Z'))).toBe('2026-10-01T04:00:00.000Z');
    expect(csvLine(['a', 1, true])).toBe('a,1,true\r\n');
  });
});

describe('supporter list cursors', () => {
  it('round-trips and refuses tampered cursors', () => {
    const cursor = { value: '2026-10-01T04:00:00.000Z', id: 42 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor('not-base64-json')).toBeNull();
    expect(decodeCursor(Buffer.from('["x", 1.5]').toString('base64url'))).toBeNull();
    expect(decodeCursor(null)).toBeNull();
  });
});
