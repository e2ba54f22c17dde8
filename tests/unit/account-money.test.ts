// Amounts as readers type them, turned into minor units, and shown back the way they expect.
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/account/format-money';
import { toMinorUnits } from '@/lib/account/parse-support-change';
import { validateRecurringAmount } from '@/lib/account/validate-recurring-amount';

describe('account amounts', () => {
  it('reads typed amounts into minor units', () => {
    expect(toMinorUnits('15', 'usd')).toBe(1500);
    expect(toMinorUnits('12.5', 'usd')).toBe(1250);
    expect(toMinorUnits(' $1,200.00 ', 'usd')).toBe(120000);
    expect(toMinorUnits('€7.05', 'eur')).toBe(705);
    expect(toMinorUnits('500', 'jpy')).toBe(500);
  });

  it('refuses what is not a plain positive amount', () => {
    for (const typed of ['', 'ten', '-5', '1.234', '1e3', '5.', '1.2.3']) expect(toMinorUnits(typed, 'usd'), typed).toBeNull();
    expect(toMinorUnits('5.5', 'jpy')).toBeNull();
  });

  it('formats with Intl, without pointless zero cents', () => {
    expect(formatMoney(1500, 'usd')).toBe('$15');
    expect(formatMoney(1250, 'usd')).toBe('$12.50');
    expect(formatMoney(705, 'eur')).toBe('€7.05');
    expect(formatMoney(500, 'jpy')).toBe('¥500');
  });

  it('keeps recurring amounts within the appeal\'s bounds', () => {
    expect(validateRecurringAmount({ amount: 50, currency: 'usd' })).toMatch(/smallest amount is \$1/);
    expect(validateRecurringAmount({ amount: 100, currency: 'usd' })).toBeNull();
    expect(validateRecurringAmount({ amount: 1_000_001, currency: 'usd' })).toMatch(/largest/);
  });
});
