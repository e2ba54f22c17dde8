// Reading what people type into "Other amount", and guessing their currency.
import { describe, expect, it } from 'vitest';
import { parseAmount } from '@/lib/support/parse-amount';
import { currencyForAcceptLanguage, detectCurrency } from '@/lib/support/detect-currency';
import { validateSupportForm } from '@/lib/support/validate-support-form';
import { readAppealState } from '@/lib/support/read-appeal-state';

describe('parseAmount', () => {
  it.each([
    ['7', 700], ['7.50', 750], ['7.5', 750], ['1,000', 100000], ['1,000.25', 100025], ['1.000,25', 100025],
    ['7,50', 750], [' $ 20 ', 2000], ['£12', 1200], ['20€', 2000], ['1 000', 100000], ['0.99', 99],
    ['1,000,000', 100000000], ['.50', 50], ['+5', 500],
  ])('reads %j as %i minor units', (text, minor) => {
    expect(parseAmount(text)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'empty'], ['   ', 'empty'], ['-5', 'negative'], ['−5', 'negative'], ['abc', 'not_a_number'], ['5e3', 'not_a_number'],
    ['7.505', 'too_many_decimals'], ['1,00,0', 'not_a_number'], ['1.2.3', 'not_a_number'], ['Infinity', 'not_a_number'],
    ['0x10', 'not_a_number'], ['99999999999999', 'not_a_number'], ['.', 'not_a_number'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });
});

describe('currency from the request', () => {
  it('prefers an explicit choice, then the geo header, then Accept-Language, then USD', () => {
    expect(detectCurrency(new Headers({ 'cf-ipcountry': 'DE' }), 'gbp')).toBe('gbp');
    expect(detectCurrency(new Headers({ 'x-vercel-ip-country': 'GB', 'accept-language': 'de-DE' }))).toBe('gbp');
    expect(detectCurrency(new Headers({ 'cf-ipcountry': 'FR' }))).toBe('eur');
    expect(detectCurrency(new Headers({ 'accept-language': 'en-GB,en;q=0.8' }))).toBe('gbp');
    expect(detectCurrency(new Headers({ 'accept-language': 'fr;q=0.9, en-US;q=0.5' }))).toBe('eur');
    expect(detectCurrency(new Headers({ 'cf-ipcountry': 'XX', 'accept-language': 'en' }))).toBe('usd');
    expect(detectCurrency(new Headers(), 'jpy')).toBe('usd');
    expect(currencyForAcceptLanguage('*')).toBeNull();
  });
});

describe('validateSupportForm', () => {
  const base = { frequency: 'monthly', currency: 'usd', amount: '10', placement: 'article-end', article: 'old-river-bridge', nonce: 'abcdef123456' };

  it('accepts a preset and lets "Other amount" win when filled in', () => {
    expect(validateSupportForm(base)).toMatchObject({ ok: true, choice: { amount: 1000, frequency: 'monthly', articleSlug: 'old-river-bridge' } });
    expect(validateSupportForm({ ...base, other_amount: '7.50' })).toMatchObject({ ok: true, choice: { amount: 750, amountText: '7.50' } });
  });

  it.each([
    [{ frequency: 'weekly' }, 'frequency'], [{ frequency: undefined }, 'frequency'], [{ currency: 'jpy' }, 'currency'],
    [{ currency: undefined }, 'currency'], [{ amount: '1' }, 'amount'], [{ amount: '100000' }, 'amount'], [{ amount: 'lots' }, 'amount'],
    [{ amount: '-10' }, 'amount'], [{ amount: '10.001' }, 'amount'], [{ amount: undefined }, 'amount'],
    [{ article: '../etc/passwd' }, 'article'], [{ placement: '<script>' }, 'placement'], [{ placement: 'made-up-place' }, 'placement'],
  ])('refuses %j on the field %s, keeping the choice', (patch, field) => {
    const result = validateSupportForm({ ...base, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });
});

describe('readAppealState', () => {
  it('restores a kept preset or other amount, and shows only this form\'s error', () => {
    expect(readAppealState({}, 'usd')).toMatchObject({ frequency: 'monthly', preset: '10', other: '', error: null });
    expect(readAppealState({ frequency: 'once', amount: '50' }, 'usd')).toMatchObject({ frequency: 'once', preset: '50', other: '' });
    expect(readAppealState({ frequency: 'annual', amount: '75' }, 'eur')).toMatchObject({ preset: null, other: '75' });
    expect(readAppealState({ error: 'Bad email', field: 'email' }, 'usd').error).toBeNull();
    expect(readAppealState({ error: 'amount_below_minimum', field: 'amount', appeal: '1' }, 'usd').error).toEqual({ field: 'amount', message: 'Monthly support starts at $2. Enter $2 or more.' });
  });

  it('shows a message only for a known code: words typed into the URL are never shown', () => {
    const planted = 'Card payments are paused. Send your gift by bank transfer to IBAN XX00 0000.';
    expect(readAppealState({ error: planted, field: 'amount', appeal: '1' }, 'usd').error).toBeNull();
    expect(readAppealState({ error: 'toString', field: 'amount', appeal: '1' }, 'usd').error).toBeNull();
    expect(readAppealState({ error: 'checkout_unavailable', field: '<b>x</b>', appeal: '1' }, 'usd').error).toEqual({ field: 'form', message: expect.stringMatching(/nothing was charged/) });
  });
});
