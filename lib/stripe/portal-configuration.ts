// The Billing Portal configuration the app's portal sessions use: readers may cancel at period end, change their
// card and see their invoices. Made by `npm run stripe:setup` (Stripe refuses portal sessions on an account without
// one); found again by its metadata and passed explicitly, so the dashboard's default does not matter.
import type Stripe from 'stripe';
import { APP_METADATA } from '@/lib/support/support-stripe-objects';

const METADATA = { ...APP_METADATA, purpose: 'reader-portal' };

export function portalConfigurationParams(appUrl: string): Stripe.BillingPortal.ConfigurationCreateParams {
  return {
    business_profile: { privacy_policy_url: `${appUrl}/privacy` },
    default_return_url: `${appUrl}/account`,
    features: {
      subscription_cancel: { enabled: true, mode: 'at_period_end' },
      payment_method_update: { enabled: true },
      invoice_history: { enabled: true },
    },
    metadata: METADATA,
  };
}

const isOurs = (c: Stripe.BillingPortal.Configuration) => c.metadata?.app === METADATA.app && c.metadata?.purpose === METADATA.purpose;

async function findConfiguration(stripe: Stripe): Promise<Stripe.BillingPortal.Configuration | null> {
  for await (const c of stripe.billingPortal.configurations.list({ active: true, limit: 100 })) if (isOurs(c)) return c;
  return null;
}

export type PortalOutcome = { action: 'created' | 'updated' | 'ok'; configuration: Stripe.BillingPortal.Configuration };

export async function ensurePortalConfiguration(options: { stripe: Stripe; appUrl: string }): Promise<PortalOutcome> {
  const params = portalConfigurationParams(options.appUrl);
  const found = await findConfiguration(options.stripe);
  if (!found) return { action: 'created', configuration: await options.stripe.billingPortal.configurations.create(params) };
  const f = found.features;
  const right = f.subscription_cancel.enabled && f.subscription_cancel.mode === 'at_period_end' && f.payment_method_update.enabled && f.invoice_history.enabled;
  if (right) return { action: 'ok', configuration: found };
  return { action: 'updated', configuration: await options.stripe.billingPortal.configurations.update(found.id, { features: params.features }) };
}

// Per Stripe client (tests run several emulators); a failed or empty lookup is tried again next time.
const known = new WeakMap<Stripe, string>();

/** The app's configuration id, or null when setup has not made one (the account's default is then all there is). */
export async function findPortalConfigurationId(stripe: Stripe): Promise<string | null> {
  const cached = known.get(stripe);
  if (cached) return cached;
  const found = await findConfiguration(stripe);
  if (found) known.set(stripe, found.id);
  return found?.id ?? null;
}
