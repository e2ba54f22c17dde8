// How the app's own objects on a (possibly shared) Stripe account are recognised: its three products, and the
// metadata its Checkouts put on sessions, subscriptions and payments. Everything else on the account is foreign.
import type Stripe from 'stripe';
import { isFrequency, type Frequency } from './amounts';

/** Set on every Checkout Session, subscription and one-off payment the app creates, and on its products. */
export const APP_METADATA = { app: 'reader-revenue' } as const;

export const SUPPORT_PRODUCT_IDS: Record<Frequency, string> = {
  once: 'reader_support_once',
  monthly: 'reader_support_monthly',
  annual: 'reader_support_annual',
};

export function isSupportProductId(id: string | null | undefined): boolean {
  return Boolean(id) && Object.values(SUPPORT_PRODUCT_IDS).includes(id!);
}

export function hasAppMetadata(metadata: Record<string, string> | null | undefined): boolean {
  return metadata?.app === APP_METADATA.app;
}

// Checkouts made before the app marked its objects carry its frequency and placement keys, which no other product sets.
function hasLegacyAppMetadata(metadata: Record<string, string> | null | undefined): boolean {
  return isFrequency(metadata?.frequency) && typeof metadata?.placement === 'string' && metadata.placement.length > 0;
}

const productIdOf = (product: string | Stripe.Product | Stripe.DeletedProduct | null | undefined) =>
  typeof product === 'string' ? product : (product?.id ?? null);

/** Null when the subscription is the app's; else why not (for the log: ids only, never an email). */
export function foreignSubscriptionReason(sub: Stripe.Subscription): string | null {
  const items = sub.items.data;
  if (items.length === 0) return 'it has no items';
  const foreign = items.map((item) => productIdOf(item.price.product)).find((id) => !isSupportProductId(id));
  if (foreign !== undefined) return `its product ${foreign ?? 'none'} is not one of the app's`;
  const interval = items[0].price.recurring?.interval;
  if (interval !== 'month' && interval !== 'year') return `its interval ${interval ?? 'none'} is not monthly or annual`;
  return null;
}

/** Null when the one-off payment came from the app's Checkout; else why not. */
export function foreignPaymentIntentReason(intent: Stripe.PaymentIntent): string | null {
  if (!hasAppMetadata(intent.metadata) && !hasLegacyAppMetadata(intent.metadata)) return 'it was not made by the app\'s Checkout';
  if (intent.metadata?.frequency !== 'once') return 'it is not a one-off gift';
  return null;
}

/** Null when the Checkout Session is the app's; else why not. */
export function foreignCheckoutSessionReason(session: Stripe.Checkout.Session): string | null {
  if (session.mode !== 'payment' && session.mode !== 'subscription') return `its mode ${session.mode} is not the app's`;
  if (!hasAppMetadata(session.metadata) && !hasLegacyAppMetadata(session.metadata)) return 'it was not made by the app';
  return null;
}
