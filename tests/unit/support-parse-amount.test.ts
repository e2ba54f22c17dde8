// Reading what people type into "Other amount", and the appeal's form after a plain post.
import { describe, expect, it } from 'vitest';
import { parseAmount } from '@/lib/support/parse-amount';
import { validateSupportForm } from '@/lib/support/validate-support-form';
import { readAppealFormState } from '@/lib/appeal/read-appeal-form-state';
import { DEFAULT_APPEAL_CONFIG } from '@/lib/campaigns/default-appeal-config';

describe('parseAmount', () => {
  it.each([
    ['7', 700], ['7.50', 750], ['7.5', 750], ['1,000', 100000], ['1,000.25', 100025], ['1.000,25', 100025],
    ['7,50', 750], [' $ 20 ', 2000], ['£12', 1200], ['20€', 2000], ['1 000', 100000], ['0.99', 99],
    ['1,000,000', 100000000], ['.50', 50], ['+5', 500],
    // Both conventions, as English and Russian readers type them (and as Intl writes them: no-break spaces, "10 $").
    ['1 000,50', 100050], ['1\u00a0000,50', 100050], ['1\u202f000,50', 100050], ['1,000.50', 100050], ['10 $', 1000], ['10\u00a0€', 1000],
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

describe('validateSupportForm', () => {
  const base = { frequency: 'monthly', currency: 'usd', amount: '10', placement: 'article-end', article: 'old-river-bridge', nonce: 'abcdef123456' };

  it('accepts a preset and lets "Other amount" win when filled in', () => {
    expect(validateSupportForm(base)).toMatchObject({ ok: true, choice: { amount: 1000, frequency: 'monthly', articleSlug: 'old-river-bridge' } });
    expect(validateSupportForm({ ...base, other_amount: '7.50' })).toMatchObject({ ok: true, choice: { amount: 750, amountText: '7.50' } });
  });

  it('reads a plain form\'s preset from the group of the chosen currency and frequency, not another\'s', () => {
    // Without JavaScript every group's checked card is posted; only the chosen pair's counts.
    const plain = { ...base, amount: undefined, frequency: 'annual', amount_usd_monthly: '10', amount_usd_annual: '100', amount_eur_annual: '80' };
    expect(validateSupportForm(plain)).toMatchObject({ ok: true, choice: { amount: 10000, frequency: 'annual', currency: 'usd' } });
    expect(validateSupportForm({ ...plain, currency: 'eur' })).toMatchObject({ ok: true, choice: { amount: 8000, currency: 'eur' } });
    expect(validateSupportForm({ ...plain, other_amount: '60' })).toMatchObject({ ok: true, choice: { amount: 6000 } });
  });

  it.each([
    [{ frequency: 'weekly' }, 'frequency'], [{ frequency: undefined }, 'frequency'], [{ currency: 'jpy' }, 'currency'],
    [{ currency: undefined }, 'currency'], [{ amount: '1' }, 'amount'], [{ amount: '100000' }, 'amount'], [{ amount: 'lots' }, 'amount'],
    [{ amount: '-10' }, 'amount'], [{ amount: '10.001' }, 'amount'], [{ amount: undefined }, 'amount'],
    [{ article: '../etc/passwd' }, 'article'], [{ placement: '<script>' }, 'placement'], [{ placement: 'sidebar-widget' }, 'placement'],
  ])('refuses %j on the field %s, keeping the choice', (patch, field) => {
    const result = validateSupportForm({ ...base, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });
});

describe('readAppealFormState', () => {
  const read = (query: Record<string, string>) => readAppealFormState(query, DEFAULT_APPEAL_CONFIG, 'en');
  it('restores the kept choice after a plain-form post, and shows only this form\'s error', () => {
    expect(read({})).toBeNull();
    expect(read({ appeal: '1', frequency: 'once', amount: '50' })).toMatchObject({ frequency: 'once', currency: 'usd', amountText: '50', error: null });
    expect(read({ appeal: '1', frequency: 'annual', currency: 'eur', amount: '75' })).toMatchObject({ frequency: 'annual', currency: 'eur', amountText: '75' });
    expect(read({ appeal: '1', frequency: 'weekly', currency: 'jpy' })).toMatchObject({ frequency: 'monthly', currency: 'usd' });
    expect(read({ form: 'newsletter', error: 'email_invalid', field: 'email' })).toBeNull();
    expect(read({ error: 'amount_below_minimum', field: 'amount', appeal: '1' })?.error).toEqual({ field: 'amount', message: 'Monthly support starts at $2. Enter $2 or more.' });
    expect(read({ error: 'amount_below_minimum', field: 'amount', appeal: '1', currency: 'eur' })?.error?.message).toBe('Monthly support starts at €2. Enter €2 or more.');
  });

  it('shows a message only for a known code: words typed into the URL are never shown', () => {
    const planted = 'Card payments are paused. Send your gift by bank transfer to IBAN XX00 0000.';
    expect(read({ error: planted, field: 'amount', appeal: '1' })?.error).toBeNull();
    expect(read({ error: 'toString', field: 'amount', appeal: '1' })?.error).toBeNull();
    expect(read({ error: 'checkout_unavailable', field: '<b>x</b>', appeal: '1' })?.error).toEqual({ field: 'form', message: expect.stringMatching(/nothing was charged/) });
    expect(read({ form: 'reminder', error: planted, field: 'email' })?.reminderError).toBeNull();
    expect(read({ form: 'reminder', error: 'email_invalid', field: 'email' })).toMatchObject({ justDeferred: true, reminderError: { field: 'email' } });
    expect(read({ reminder: '2027-04' })?.reminderDoneMonth).toBe('April 2027');
    expect(read({ reminder: '2027-13' })?.reminderDoneMonth).toBeNull();
  });
});
