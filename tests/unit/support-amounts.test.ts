// The amounts table, the amount check shared by browser and server, and money formatting.
import { describe, expect, it } from 'vitest';
import { CURRENCIES, FREQUENCIES, SUPPORT_AMOUNTS, amountRule } from '@/lib/support/amounts';
import { checkAmount } from '@/lib/support/check-amount';
import { formatMoney, toMajorInput } from '@/lib/support/format-money';
import { builtInAppealConfig } from '@/lib/campaigns/default-appeal-config';
import { fillAppealCopy } from '@/lib/campaigns/fill-appeal-copy';

describe('the amounts table', () => {
  it('covers USD, EUR and GBP for every frequency, with presets and default inside min..max', () => {
    expect(CURRENCIES).toEqual(expect.arrayContaining(['usd', 'eur', 'gbp']));
    for (const currency of CURRENCIES) {
      for (const frequency of FREQUENCIES) {
        const rule = SUPPORT_AMOUNTS[currency][frequency];
        expect(Number.isInteger(rule.min) && Number.isInteger(rule.max)).toBe(true);
        expect(rule.min).toBeGreaterThan(0);
        expect(rule.max).toBeGreaterThan(rule.min);
        expect(rule.presets).toContain(rule.default);
        for (const preset of rule.presets) {
          expect(preset).toBeGreaterThanOrEqual(rule.min);
          expect(preset).toBeLessThanOrEqual(rule.max);
        }
      }
    }
  });

  it('accepts exactly the range the table gives, for the browser and the server alike', () => {
    const rule = amountRule('usd', 'monthly');
    expect(checkAmount({ text: toMajorInput(rule.min, 'usd'), currency: 'usd', frequency: 'monthly', rule })).toEqual({ ok: true, minor: rule.min });
    expect(checkAmount({ text: toMajorInput(rule.max, 'usd'), currency: 'usd', frequency: 'monthly', rule })).toEqual({ ok: true, minor: rule.max });
    const below = checkAmount({ text: toMajorInput(rule.min - 1, 'usd'), currency: 'usd', frequency: 'monthly', rule });
    expect(below).toMatchObject({ ok: false, code: 'amount_below_minimum', message: 'Monthly support starts at $2. Enter $2 or more.' });
    const above = checkAmount({ text: toMajorInput(rule.max + 1, 'usd'), currency: 'usd', frequency: 'monthly', rule });
    expect(above.ok).toBe(false);
    expect(!above.ok && above.message).toMatch(/most we can accept online for monthly support is \$1,000/);
  });

  it('explains each kind of bad amount in words a reader can act on', () => {
    const say = (text: string) => {
      const r = checkAmount({ text, currency: 'gbp', frequency: 'once', rule: amountRule('gbp', 'once') });
      return r.ok ? `ok ${r.minor}` : r.message;
    };
    expect(say('')).toMatch(/Choose an amount/);
    expect(say('-5')).toBe('Enter an amount greater than zero.');
    expect(say('ten')).toMatch(/as a number/);
    expect(say('7.505')).toMatch(/at most 2 decimal places/);
    expect(say('0')).toBe('A one-off gift starts at £3. Enter £3 or more.');
    expect(say('£12.50')).toBe('ok 1250');
  });
});

describe('formatMoney', () => {
  it.each([
    [500, 'usd', '$5', '5'],
    [750, 'usd', '$7.50', '7.50'],
    [100000, 'gbp', '£1,000', '1000'],
    [2500, 'eur', '€25', '25'],
  ])('formats %i %s with Intl as %s (typed as %s), dropping .00 on whole amounts', (minor, currency, shown, typed) => {
    expect(formatMoney(minor, currency)).toBe(shown);
    expect(toMajorInput(minor, currency)).toBe(typed);
  });
});

describe('the built-in appeal copy', () => {
  it('takes "starting from just" from the monthly minimum in the reader\'s currency, and the environment\'s words when set', () => {
    const copy = fillAppealCopy(builtInAppealConfig({}), { publicationName: 'The Ledger', currency: 'gbp' });
    expect(copy.heading).toContain('The Ledger');
    expect(copy.highlight).toContain('starting from just £2');
    const env = { APPEAL_HEADING: 'Help {publication}', APPEAL_LETTER: 'One.\n\nFrom {monthlyMinimum}.' };
    const custom = fillAppealCopy(builtInAppealConfig(env), { publicationName: 'X', currency: 'usd' });
    expect(custom).toMatchObject({ heading: 'Help X', paragraphs: ['One.', 'From $2.'], highlight: '' });
    // HTML in the environment is refused like HTML typed by staff: the built-in letter stands.
    expect(builtInAppealConfig({ APPEAL_HEADING: '<b>x</b>' }).heading).toBe(builtInAppealConfig({}).heading);
  });
});
