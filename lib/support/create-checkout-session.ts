// Creates the Stripe Checkout Session for a validated choice and records it as a started checkout.
import crypto from 'node:crypto';
import type Stripe from 'stripe';
import { checkoutSessions } from '@/db/schema';
import type { Database } from '@/db/client';
import { ensureSupportProduct } from './ensure-support-product';
import { formatMoney, toMajorInput } from './format-money';
import { APP_METADATA } from './support-stripe-objects';
import { DEFAULT_LOCALE, localePath } from '@/lib/i18n/locales';
import type { SupportChoice } from './validate-support-form';

export type CreateCheckoutOptions = {
  stripe: Stripe;
  database: Database;
  choice: SupportChoice;
  appUrl: string;
  publicationName: string;
  /** The signed-in reader's Stripe customer, reused instead of making a new one. */
  customer?: string | null;
  /** Other sites that show the appeal through the embed: Checkout may return to their pages (EMBED_ORIGINS). */
  embedOrigins?: readonly string[];
};

export type CreatedCheckout = { id: string; url: string; /** Time spent waiting on Stripe, for Server-Timing. */ stripeMs: number };

/** Where "Cancel" on Stripe's page returns: the appeal the reader came from, with their choice kept. */
export function appealUrl(choice: Pick<SupportChoice, 'articleSlug' | 'placement' | 'locale'>, keep: Record<string, string> = {}): string {
  const path = localePath(choice.locale ?? DEFAULT_LOCALE, choice.articleSlug ? `/articles/${choice.articleSlug}` : '/support');
  const query = new URLSearchParams(keep).toString();
  return `${path}${query ? `?${query}` : ''}#support`;
}

/** Checkout's way back: to this site, or to the other site's page the embedded appeal was on (only a listed origin). */
export function checkoutReturnUrls(choice: SupportChoice, appUrl: string, embedOrigins: readonly string[] = []): { success_url: string; cancel_url: string } {
  const page = embedPage(choice.page, embedOrigins);
  if (page) {
    const back = new URL(page);
    const success = new URL(page);
    success.searchParams.set('rr_checkout', 'done');
    success.searchParams.set('rr_gave', choice.frequency === 'once' ? 'once' : 'recurring');
    // Stripe fills the placeholder; URLSearchParams would escape its braces.
    return { success_url: `${success.toString()}&session_id={CHECKOUT_SESSION_ID}`, cancel_url: back.toString() };
  }
  const keep = { frequency: choice.frequency, amount: toMajorInput(choice.amount, choice.currency), currency: choice.currency };
  return {
    success_url: `${appUrl}${localePath(choice.locale ?? DEFAULT_LOCALE, '/support/thank-you')}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${appUrl}${appealUrl(choice, keep)}`,
  };
}

function embedPage(page: string | null | undefined, origins: readonly string[]): string | null {
  if (!page) return null;
  try {
    const url = new URL(page);
    url.hash = '';
    return origins.includes(url.origin) && !url.username && !url.password ? url.toString() : null;
  } catch {
    return null;
  }
}

export async function createCheckoutSession({ stripe, database, choice, appUrl, publicationName, customer, embedOrigins }: CreateCheckoutOptions): Promise<CreatedCheckout> {
  const stripeStarted = performance.now();
  const product = await ensureSupportProduct({ stripe, frequency: choice.frequency, publicationName });
  const attribution = choice.attribution ?? { testId: null, variant: null, utmSource: null, referrerHost: null };
  const metadata: Record<string, string> = {
    // Marks the session, its subscription and its payment as the app's on a Stripe account shared with other products.
    ...APP_METADATA,
    frequency: choice.frequency,
    placement: choice.placement,
    article: choice.articleSlug ?? '',
    // The reader's language, carried onto the payment and subscription: the thank-you email is written in it whichever
    // webhook arrives first.
    locale: choice.locale ?? DEFAULT_LOCALE,
    // Travels onto the payment and subscription, so every payment is filed under the variant the reader saw.
    ...(attribution.testId && attribution.variant ? { appeal_test: String(attribution.testId), appeal_variant: attribution.variant } : {}),
    ...(attribution.utmSource ? { utm_source: attribution.utmSource } : {}),
    ...(attribution.referrerHost ? { referrer: attribution.referrerHost } : {}),
  };
  const recurring = choice.frequency === 'once' ? undefined : { interval: choice.frequency === 'monthly' ? 'month' as const : 'year' as const };
  const description = `${formatMoney(choice.amount, choice.currency)} ${choice.frequency === 'once' ? 'gift' : `${choice.frequency} support`} for ${publicationName}`;
  const params: Stripe.Checkout.SessionCreateParams = {
    ...checkoutReturnUrls(choice, appUrl, embedOrigins),
    // Stripe's page in the reader's language.
    ...(choice.locale ? { locale: choice.locale } : {}),
    metadata,
    line_items: [{ quantity: 1, price_data: { currency: choice.currency, unit_amount: choice.amount, product, recurring } }],
    ...(choice.frequency === 'once'
      ? { mode: 'payment', submit_type: 'donate', payment_intent_data: { metadata, description } }
      : { mode: 'subscription', subscription_data: { metadata, description } }),
  };
  // A one-off gift still gets a customer (its receipt and the reader's account find it); a known reader reuses theirs.
  const withCustomer = (id: string | null | undefined): Stripe.Checkout.SessionCreateParams =>
    id ? { ...params, customer: id } : choice.frequency === 'once' ? { ...params, customer_creation: 'always' } : params;
  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.create(withCustomer(customer), idempotency(choice, customer));
  } catch (error) {
    // The customer was deleted at Stripe (in the dashboard): Checkout makes a new one.
    if (!customer || (error as Stripe.errors.StripeError).code !== 'resource_missing') throw error;
    session = await stripe.checkout.sessions.create(withCustomer(null), idempotency(choice, null));
  }
  const stripeMs = performance.now() - stripeStarted;
  if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
  await recordCheckoutStarted(database, session.id, choice);
  return { id: session.id, url: session.url, stripeMs };
}

/** Same form and same choice: the same key, so Stripe returns the session it already made. */
function idempotency(choice: SupportChoice, customer: string | null | undefined): Stripe.RequestOptions | undefined {
  if (!choice.nonce) return undefined;
  const digest = crypto
    .createHash('sha256')
    .update(JSON.stringify([choice.frequency, choice.currency, choice.amount, choice.placement, choice.articleSlug, customer ?? null]))
    .digest('hex')
    .slice(0, 16);
  return { idempotencyKey: `support-checkout-${choice.nonce}-${digest}` };
}

async function recordCheckoutStarted(database: Database, sessionId: string, choice: SupportChoice): Promise<void> {
  await database
    .insert(checkoutSessions)
    .values({
      stripeCheckoutSessionId: sessionId,
      frequency: choice.frequency,
      amount: choice.amount,
      currency: choice.currency,
      placement: choice.placement,
      articleSlug: choice.articleSlug,
      appealTestId: choice.attribution?.testId ?? null,
      appealVariant: choice.attribution?.variant ?? null,
      utmSource: choice.attribution?.utmSource ?? null,
      referrerHost: choice.attribution?.referrerHost ?? null,
      locale: choice.locale ?? DEFAULT_LOCALE,
    })
    .onConflictDoNothing({ target: checkoutSessions.stripeCheckoutSessionId });
}
