// How Stripe's objects read to people and to the contributions table: the thank-you summary and a payment's status.
import { describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { describeCheckout } from '@/lib/support/describe-checkout';
import { chargeState } from '@/lib/memberships/charge-state';
import { checkoutStatus } from '@/lib/memberships/sync-checkout-session';

const session = (patch: Partial<Stripe.Checkout.Session>) =>
  ({ id: 'cs_test_1', mode: 'subscription', status: 'complete', payment_status: 'paid', amount_total: 500, currency: 'usd', created: 1_800_000_000, metadata: { frequency: 'monthly', article: 'a-story', placement: 'article-end' }, customer_details: { email: 'r@example.org' }, subscription: 'sub_1', ...patch }) as Stripe.Checkout.Session;

const charge = (patch: Partial<Stripe.Charge>) => ({ id: 'ch_1', amount: 2500, amount_refunded: 0, disputed: false, receipt_url: 'https://r', ...patch }) as Stripe.Charge;

describe('describeCheckout', () => {
  it('says what was given, per frequency, with Intl money', () => {
    expect(describeCheckout(session({}))).toMatchObject({ state: 'paid', gift: '$5 a month', email: 'r@example.org', articleSlug: 'a-story', subscriptionId: 'sub_1' });
    expect(describeCheckout(session({ mode: 'payment', metadata: { frequency: 'once' }, amount_total: 2550, currency: 'eur', subscription: null })).gift).toBe('€25.50 once');
    expect(describeCheckout(session({ metadata: { frequency: 'annual' }, amount_total: 7550, currency: 'gbp' })).gift).toBe('£75.50 a year');
  });

  it('tells paid from processing, open and expired', () => {
    expect(describeCheckout(session({ payment_status: 'unpaid' })).state).toBe('processing');
    expect(describeCheckout(session({ status: 'open', payment_status: 'unpaid' })).state).toBe('open');
    expect(describeCheckout(session({ status: 'expired', payment_status: 'unpaid' })).state).toBe('expired');
    expect(checkoutStatus(session({}))).toBe('complete');
    expect(checkoutStatus(session({}), true)).toBe('failed');
  });
});

describe('chargeState', () => {
  const dispute = (status: Stripe.Dispute.Status) => ({ id: 'dp_1', status, created: 1_800_000_100 }) as Stripe.Dispute;

  it('ranks an open or lost dispute over refunded over partially refunded over paid', () => {
    expect(chargeState(charge({}), [])).toMatchObject({ status: 'paid', amountRefunded: 0 });
    expect(chargeState(charge({ amount_refunded: 1000 }), [])).toMatchObject({ status: 'partially_refunded', amountRefunded: 1000 });
    expect(chargeState(charge({ amount_refunded: 2500 }), []).status).toBe('refunded');
    expect(chargeState(charge({ amount_refunded: 2500, disputed: true }), [dispute('needs_response')]).status).toBe('disputed');
    expect(chargeState(charge({ disputed: true }), [dispute('lost')]).status).toBe('disputed');
  });

  it('a won dispute no longer counts, though Stripe keeps charge.disputed', () => {
    expect(chargeState(charge({ disputed: true }), [dispute('won')]).status).toBe('paid');
    expect(chargeState(charge({ disputed: true, amount_refunded: 500 }), [dispute('won')]).status).toBe('partially_refunded');
  });
});
