// POST /support/checkout: the form validated, the client rate-limited (through the one route wrapper), then the
// Checkout Session created and the reader sent to Stripe.
import crypto from 'node:crypto';
import type Stripe from 'stripe';
import type { Database } from '@/db/client';
import { fail } from '@/lib/http/failure-response';
import { routeHandler, type Parsed } from '@/lib/http/route-handler';
import { getLogger } from '@/lib/log/logger';
import { describeSafely } from '@/lib/log/safe-error';
import { isLocale, localePath, moneyLocale, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import type { MessageParams } from '@/lib/http/form-messages';
import { articleExists } from './article-exists';
import { formatMoney } from './format-money';
import { getCheckoutRateLimit } from './checkout-rate-limit';
import { appealUrl, createCheckoutSession } from './create-checkout-session';
import { BUILT_IN_OFFER, readPostedVariant, validateSupportForm, type SupportChoice, type SupportOffer } from './validate-support-form';

export type StartCheckoutOptions = {
  stripe: () => Stripe;
  database: Database;
  appUrl: string;
  publicationName: string;
  /** The offer the reader saw: the published appeal, or the variant of the test the form names. */
  offerFor?: (variant: { testId: number; variant: string } | null) => Promise<SupportOffer>;
  /** The signed-in reader's Stripe customer, when they have one. */
  customerFor?: (user: { id: string; email: string }) => Promise<string | null>;
  /** Other sites that show the appeal through the embed (EMBED_ORIGINS): their pages may post here. */
  embedOrigins?: readonly string[];
  /** The signed-in reader's running recurring support: a recurring checkout is refused (with a way to go ahead) while there is some. */
  runningSupportFor?: (user: { id: string; email: string }) => Promise<RunningSupport[]>;
  now?: Date;
  /** The route's language: Checkout's, and the messages', when the form names none (its `locale` field wins). */
  locale?: Locale;
};

/** Where a reader who already gives recurringly is asked whether to give again (a page of its own: the appeal may be cached). */
export const GIVE_AGAIN_PATH = '/support/give-again';

export function startCheckout(request: Request, options: StartCheckoutOptions): Promise<Response> {
  return routeHandler({
    access: 'public',
    appUrl: options.appUrl,
    allowedOrigins: () => options.embedOrigins ?? [],
    now: options.now,
    locale: options.locale,
    // An unreadable form still goes back to the appeal it came from.
    backTo: () => `${backFromReferer(request, options.appUrl)}?appeal=1#support`,
    input: async ({ fields }) => readSupportChoice(fields, options.offerFor ? await options.offerFor(readPostedVariant(fields)) : BUILT_IN_OFFER, options.locale),
    rateLimit: {
      limits: ({ clientIp }) => [{ key: `checkout:ip:${clientIp}`, ...getCheckoutRateLimit() }],
      code: 'checkout_rate_limited',
      params: (seconds) => ({ wait: minutesText(seconds, options.locale) }),
    },
    handle: async ({ input, user, clientIp, now }) => {
      if (user && input.frequency !== 'once' && !input.giveAgain && options.runningSupportFor) {
        const running = await options.runningSupportFor(user);
        if (running.length > 0) {
          return fail(409, 'support_already_running', { field: 'again', params: alreadyRunningParams(running, input, input.locale), backTo: localePathOf(input.locale, GIVE_AGAIN_PATH), keep: input.posted });
        }
      }
      // A plain form (no JavaScript) brings no key of its own: the same choice from the same client within a couple of
      // minutes is the same Checkout.
      const choice = input.nonce ? input : { ...input, nonce: plainFormKey(input, clientIp, request.headers.get('user-agent'), now) };
      try {
        const customer = user && options.customerFor ? await options.customerFor(user) : null;
        const session = await createCheckoutSession({ stripe: options.stripe(), database: options.database, choice, appUrl: options.appUrl, publicationName: options.publicationName, customer, embedOrigins: options.embedOrigins });
        // Server-Timing lets operators (and the benchmark) tell the app's own time from Stripe's.
        const timing = `stripe;dur=${session.stripeMs.toFixed(1)}`;
        return new Response(null, { status: 303, headers: { location: session.url, 'cache-control': 'no-store', 'server-timing': timing } });
      } catch (error) {
        getLogger().error({ reason: describeSafely(error), frequency: choice.frequency, currency: choice.currency }, 'checkout session could not be created');
        return fail(503, 'checkout_unavailable', { field: 'form', backTo: appealUrl(choice), keep: keepChoice(choice) });
      }
    },
  })(request);
}

/** A recurring support the reader already has (lib/memberships finds them). */
export type RunningSupport = { amount: number; currency: string; interval: 'month' | 'year' };

type PostedChoice = SupportChoice & {
  /** "Give again anyway": the reader was told of their running support and goes ahead. */
  giveAgain: boolean;
  /** The choice's fields as posted, to carry to the give-again page and back. */
  posted: Record<string, string>;
};

export const CARRIED_FIELDS = ['frequency', 'currency', 'amount', 'other_amount', 'placement', 'article', 'nonce', 'test', 'variant', 'utm_source', 'ref', 'locale', 'page'];

/** {support} and {another}: what the reader already gives (stored) and what this form would start (validated). */
export function alreadyRunningParams(running: RunningSupport[], choice: Pick<SupportChoice, 'amount' | 'currency' | 'frequency'>, locale: Locale = 'en'): MessageParams {
  const t = translatorFor(locale, 'forms');
  const describe = (s: { amount: number; currency: string; frequency: 'once' | 'monthly' | 'annual' }) => {
    const currency = s.currency.trim().toLowerCase();
    return `${formatMoney(s.amount, currency, moneyLocale(locale, currency))} ${t(`frequencies.${s.frequency}`)}`;
  };
  return {
    support: running.map((s) => describe({ ...s, frequency: s.interval === 'year' ? 'annual' : 'monthly' })).join(t('supportSeparator')),
    another: describe(choice),
  };
}

/** The form checked against the offer the reader saw, and its article against the published ones. */
async function readSupportChoice(fields: Record<string, string>, offer: SupportOffer, routeLocale: Locale | undefined): Promise<Parsed<PostedChoice>> {
  // The form's own language field first (the embed posts to English paths), else the route's.
  const result = validateSupportForm(isLocale(fields.locale) || !routeLocale ? fields : { ...fields, locale: routeLocale }, offer);
  if (!result.ok) {
    const place = { articleSlug: safeSlug(fields.article), placement: fields.placement ?? 'support-page', locale: isLocale(fields.locale) ? fields.locale : routeLocale };
    return fail(400, result.code, { field: result.field, params: result.params, backTo: appealUrl(place), keep: { ...result.keep, appeal: '1' } });
  }
  const { choice } = result;
  if (choice.articleSlug && !(await articleExists(choice.articleSlug))) {
    return fail(400, 'article_gone', { field: 'article', backTo: `${localePathOf(choice.locale, '/support')}#support`, keep: keepChoice(choice) });
  }
  const posted = Object.fromEntries(CARRIED_FIELDS.filter((k) => fields[k] !== undefined && fields[k].length <= 120).map((k) => [k, fields[k]]));
  // A plain form posts a preset per currency and frequency (amount_usd_monthly, ...): carry the one that counted.
  if (!posted.amount && !posted.other_amount) posted.amount = choice.amountText;
  return { ok: true, value: { ...choice, giveAgain: fields.again === 'yes', posted } };
}

function keepChoice(choice: SupportChoice): Record<string, string> {
  return { frequency: choice.frequency, currency: choice.currency, amount: choice.amountText, appeal: '1' };
}

function plainFormKey(choice: SupportChoice, clientIp: string, userAgent: string | null, now: Date): string {
  const window = Math.floor(now.getTime() / 120_000);
  const digest = crypto.createHash('sha256').update(JSON.stringify([clientIp, userAgent ?? '', choice.frequency, choice.currency, choice.amount, choice.placement, choice.articleSlug, window])).digest('hex');
  return `plain-${digest.slice(0, 32)}`;
}

function minutesText(seconds: number, locale: Locale = 'en'): string {
  return translatorFor(locale, 'forms')('minutes', { count: Math.ceil(seconds / 60) });
}

function localePathOf(locale: Locale | undefined, path: string): string {
  return localePath(locale ?? 'en', path);
}

function safeSlug(value: string | undefined): string | null {
  return value && /^[a-z0-9-]{1,120}$/.test(value) ? value : null;
}

/** An unreadable form still goes back to the page it came from, if that page is ours. */
function backFromReferer(request: Request, appUrl: string): string {
  const referer = request.headers.get('referer');
  if (!referer) return '/support';
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(appUrl).origin && url.origin !== new URL(request.url).origin) return '/support';
    return url.pathname;
  } catch {
    return '/support';
  }
}

/** The type, code and message of a Stripe error; never the request, which could carry keys. */
