// What a Checkout Session amounted to, in words for the thank-you page ("$5 a month", "$25 once").
import type Stripe from 'stripe';
import { isFrequency, type Frequency } from './amounts';
import { formatMoney } from './format-money';

export type CheckoutSummary = {
  state: 'paid' | 'processing' | 'open' | 'expired';
  frequency: Frequency;
  amount: number;
  currency: string;
  /** "$25 once", "$5 a month", "£75.50 a year". */
  gift: string;
  email: string | null;
  articleSlug: string | null;
  subscriptionId: string | null;
  /** When the reader started this checkout (Stripe's clock), epoch ms. */
  startedAtMs: number;
};

const PER: Record<Frequency, string> = { once: 'once', monthly: 'a month', annual: 'a year' };

/** "$25 once", "$5 a month". */
export function describeGift(amount: number, currency: string, frequency: Frequency): string {
  return `${formatMoney(amount, currency)} ${PER[frequency]}`;
}

export function describeCheckout(session: Stripe.Checkout.Session): CheckoutSummary {
  const meta = session.metadata?.frequency;
  const frequency: Frequency = isFrequency(meta) ? meta : session.mode === 'payment' ? 'once' : 'monthly';
  const amount = session.amount_total ?? 0;
  const currency = session.currency ?? 'usd';
  let state: CheckoutSummary['state'] = 'open';
  if (session.status === 'complete') state = session.payment_status === 'unpaid' ? 'processing' : 'paid';
  else if (session.status === 'expired') state = 'expired';
  const subscription = session.subscription;
  return {
    state,
    frequency,
    amount,
    currency,
    gift: describeGift(amount, currency, frequency),
    email: session.customer_details?.email ?? null,
    articleSlug: session.metadata?.article || null,
    subscriptionId: typeof subscription === 'string' ? subscription : (subscription?.id ?? null),
    startedAtMs: session.created * 1000,
  };
}
