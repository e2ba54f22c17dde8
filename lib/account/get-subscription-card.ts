// The card a subscription is paid with (brand and last four only), from Stripe; null when unknown or unreachable.
import type Stripe from 'stripe';
import { getStripe } from '@/lib/stripe/get-stripe';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';

export type CardSummary = { brand: string; last4: string; expMonth: number; expYear: number };

function cardOf(pm: string | Stripe.PaymentMethod | null | undefined): CardSummary | null {
  if (!pm || typeof pm === 'string' || !pm.card) return null;
  return { brand: pm.card.brand, last4: pm.card.last4, expMonth: pm.card.exp_month, expYear: pm.card.exp_year };
}

export async function getSubscriptionCard(stripeSubscriptionId: string): Promise<CardSummary | null> {
  try {
    const sub = await getStripe().subscriptions.retrieve(stripeSubscriptionId, {
      expand: ['default_payment_method', 'customer.invoice_settings.default_payment_method'],
    });
    const customer = typeof sub.customer === 'object' && !('deleted' in sub.customer && sub.customer.deleted) ? (sub.customer as Stripe.Customer) : null;
    return cardOf(sub.default_payment_method) ?? cardOf(customer?.invoice_settings.default_payment_method);
  } catch (error) {
    getLogger().warn({ subscription: stripeSubscriptionId, err: safeError(error) }, 'card lookup failed');
    return null;
  }
}

/** "Visa", "Mastercard", "American Express" from Stripe's brand ids. */
export function cardBrandName(brand: string): string {
  const names: Record<string, string> = { amex: 'American Express', diners: 'Diners Club', mastercard: 'Mastercard', unionpay: 'UnionPay', jcb: 'JCB' };
  return names[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1);
}
