// PostgreSQL's rules for values from requests, stricter than JavaScript's readings of the same text.
import { describe, expect, it } from 'vitest';
import { checkPositiveInt4, INT4_MAX, isIsoInstant, isPostgresText, parsePositiveInt4 } from '@/db/postgres-values';

describe('values PostgreSQL accepts', () => {
  it('integer ids: plain digits from 1 to 2147483647', () => {
    expect(['1', '42', String(INT4_MAX)].map(parsePositiveInt4)).toEqual([1, 42, INT4_MAX]);
    for (const text of ['0', '-1', '2147483648', '99999999999', '1e20', '1e3', '0x10', '1.5', ' 1', '+1', '', undefined, ['1']]) expect(parsePositiveInt4(text)).toBeNull();
    expect([1, INT4_MAX, INT4_MAX + 1, 1e20, 1.5, '1', NaN].map(checkPositiveInt4)).toEqual([1, INT4_MAX, null, null, null, null, null]);
  });

  it('instants: exactly as toISOString writes them, in years 1000 to 9999', () => {
    expect(isIsoInstant('2026-02-28T23:59:59.999Z')).toBe(true);
    for (const text of ['2026-02-30T00:00:00.000Z', '2026-02-30', '1 1', '2026-01-01T00:00:00Z', '0999-12-31T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00.000Z']) {
      expect(isIsoInstant(text)).toBe(false);
    }
  });

  it('text: no NUL and no lone surrogate; any real character is fine', () => {
    for (const text of ['', 'Zoë', '😀', 'a b\tc']) expect(isPostgresText(text)).toBe(true);
    for (const text of ['a\u0000b', '\ud800', 'x\udc00', '😀\ude00']) expect(isPostgresText(text)).toBe(false);
  });
});
