// How the app's own objects on a (possibly shared) Stripe account are recognised: its three products, and the
// metadata its Checkouts put on sessions, subscriptions and payments. Everything else on the account is foreign.
import type { Frequency } from './amounts';

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
