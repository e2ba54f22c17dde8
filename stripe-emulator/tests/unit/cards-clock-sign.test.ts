// Test cards, calendar arithmetic and webhook signatures.
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { checkCard, luhnValid, parseExpiry } from '../../billing/cards';
import { addInterval } from '../../core/clock';
import { formatMoney, intervalLabel } from '../../hosted/html';
import { signPayload } from '../../webhooks/sign';
import { retryScheduleFromEnv } from '../../index';

const NOW = Date.UTC(2026, 10, 26) / 1000;
const form = (number: string) => ({ number, expiry: '12 / 34', cvc: '123', name: 'A' });

describe('test cards', () => {
  it('behave as on Stripe', () => {
    expect(checkCard(form('4242 4242 4242 4242'), NOW)).toMatchObject({ ok: true, card: { brand: 'visa', last4: '4242', charge_decline: null } });
    expect(checkCard(form('4000000000000002'), NOW)).toMatchObject({ ok: false, decline: { code: 'card_declined', message: 'Your card was declined.' } });
    expect(checkCard(form('4000000000009995'), NOW)).toMatchObject({ ok: false, decline: { decline_code: 'insufficient_funds' } });
    expect(checkCard(form('4000000000000069'), NOW)).toMatchObject({ ok: false, decline: { code: 'expired_card' } });
    expect(checkCard(form('4000000000000341'), NOW)).toMatchObject({ ok: true, card: { charge_decline: { code: 'card_declined' } } });
    expect(checkCard(form('5555555555554444'), NOW)).toMatchObject({ ok: true, card: { brand: 'mastercard' } });
  });
  it('checks what was typed', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(parseExpiry('04/2030')).toEqual({ month: 4, year: 2030 });
    expect(parseExpiry('13 / 30')).toBeNull();
    expect(checkCard({ ...form('4242424242424242'), expiry: '10 / 26' }, NOW)).toMatchObject({ ok: false, field: 'expiry' });
    expect(checkCard({ ...form('4242424242424242'), cvc: '1' }, NOW)).toMatchObject({ ok: false, field: 'cvc' });
    expect(checkCard({ ...form('4242424242424242'), name: ' ' }, NOW)).toMatchObject({ ok: false, field: 'name' });
  });
});

describe('addInterval', () => {
  it('keeps the day of month and clamps to short months', () => {
    const jan31 = Date.UTC(2027, 0, 31, 9) / 1000;
    expect(addInterval(jan31, 'month')).toBe(Date.UTC(2027, 1, 28, 9) / 1000);
    expect(addInterval(Date.UTC(2027, 1, 28, 9) / 1000, 'month', 1, 31)).toBe(Date.UTC(2027, 2, 31, 9) / 1000);
    expect(addInterval(Date.UTC(2028, 1, 29) / 1000, 'year')).toBe(Date.UTC(2029, 1, 28) / 1000);
    expect(addInterval(0, 'week', 2)).toBe(14 * 86_400);
  });
});

describe('signatures and formatting', () => {
  it('produces headers the SDK verifies', () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'customer.created', data: { object: {} } });
    const t = Math.floor(Date.now() / 1000);
    const header = signPayload(payload, 'whsec_test', t);
    const stripe = new Stripe('sk_test_x');
    expect(stripe.webhooks.constructEvent(payload, header, 'whsec_test').id).toBe('evt_1');
    expect(() => stripe.webhooks.constructEvent(payload, header, 'whsec_other')).toThrow();
  });
  it('formats money and intervals for the hosted pages', () => {
    expect(formatMoney(2500, 'usd')).toBe('$25.00');
    expect(formatMoney(500, 'eur')).toBe('€5.00');
    expect(formatMoney(500, 'jpy')).toBe('¥500');
    expect(intervalLabel({ interval: 'month', interval_count: 1 })).toBe('per month');
    expect(intervalLabel({ interval: 'month', interval_count: 3 })).toBe('every 3 months');
  });
  it('reads the retry schedule from the environment', () => {
    expect(retryScheduleFromEnv('100,200,400')).toEqual([100, 200, 400]);
    expect(retryScheduleFromEnv('')).toBeUndefined();
    expect(() => retryScheduleFromEnv('1,x')).toThrow();
  });
});
