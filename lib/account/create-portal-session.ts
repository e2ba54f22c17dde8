// A Stripe Billing Portal session (change the card, see invoices) for the signed-in reader's own customer only.
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { getStripe } from '@/lib/stripe/get-stripe';
import { fail } from '@/lib/http/failure-response';
import { findPortalConfigurationId } from '@/lib/stripe/portal-configuration';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { isRunningSubscriptionStatus } from '@/lib/memberships/running-support';
import { notFoundResult, stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { getSubscriptionsForSupporter } from './get-account-overview';
import { getReaderCustomerIds, getSubscriptionCustomerId } from './get-reader-customer-ids';
import { isStripeMissing } from './is-stripe-missing';
import { linkSupporterToUser } from './link-supporter-to-user';

// A form may name the customer; when it does, it must be the reader's own.
const fieldsSchema = z.object({ customer: z.string().trim().max(120).optional() });

export async function createPortalSession(options: { user: AccountUser; fields: Record<string, string>; locale?: Locale }): Promise<AccountActionResult> {
  const locale = options.locale ?? 'en';
  const parsed = fieldsSchema.safeParse(options.fields);
  if (!parsed.success) return notFoundResult;
  const supporter = await linkSupporterToUser(options.user);
  if (!supporter) return fail(404, 'no_card_on_file');
  const stripe = getStripe();
  const subscriptions = await getSubscriptionsForSupporter(supporter.id);
  const live = subscriptions.find((s) => isRunningSubscriptionStatus(s.status));
  let customer: string | null;
  try {
    // The card that matters is the one the running support is paid with; its customer may not be the supporter's first.
    customer = (live ? await getSubscriptionCustomerId(stripe, live.stripeSubscriptionId) : null) ?? supporter.stripeCustomerId;
    if (!customer) return fail(404, 'no_card_on_file');
    if (parsed.data.customer && parsed.data.customer !== customer) {
      const theirs = await getReaderCustomerIds({ stripe, supporter, subscriptions });
      if (!theirs.includes(parsed.data.customer)) return notFoundResult;
      customer = parsed.data.customer;
    }
  } catch (error) {
    getLogger().warn({ err: safeError(error) }, 'billing portal: customer lookup failed');
    return stripeUnavailableResult;
  }
  try {
    // The app's own configuration (npm run stripe:setup makes it), so the account's dashboard default never matters.
    const configuration = await findPortalConfigurationId(stripe);
    // Stripe's portal in the language of the reader's account page, and back to that page.
    const session = await stripe.billingPortal.sessions.create({ customer, locale, return_url: `${getConfig().APP_URL}${localePath(locale, '/account')}`, ...(configuration ? { configuration } : {}) });
    return { ok: true, notice: 'portal_opening', redirectTo: session.url };
  } catch (error) {
    if (isStripeMissing(error)) return notFoundResult;
    // Without a configuration Stripe refuses every portal session: say what fixes it
    const hint = /No configuration provided/.test((error as Error).message ?? '') ? ' (the account has no Billing Portal configuration: run npm run stripe:setup)' : '';
    getLogger().warn({ err: safeError(error) }, `billing portal session failed${hint}`);
    return stripeUnavailableResult;
  }
}
