// POST /support/checkout: read the form, validate it, rate-limit, create the session, 303 to Stripe.
import type Stripe from 'stripe';
import type { Database } from '@/db/client';
import { formError, readForm } from '@/lib/http/form-request';
import { getClientIp } from '@/lib/http/client-ip';
import { getLogger } from '@/lib/log/logger';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { getCheckoutRateLimit } from './checkout-rate-limit';
import { appealUrl, createCheckoutSession } from './create-checkout-session';
import { articleExists } from './article-exists';
import { validateSupportForm } from './validate-support-form';

export type StartCheckoutOptions = {
  stripe: () => Stripe;
  database: Database;
  appUrl: string;
  publicationName: string;
  now?: Date;
};

const OUTAGE_MESSAGE = 'We could not reach our payment provider just now, and nothing was charged. Please try again in a few minutes.';

export async function startCheckout(request: Request, options: StartCheckoutOptions): Promise<Response> {
  const form = await readForm(request);
  const refererBack = backFromReferer(request, options.appUrl);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: refererBack, keep: { appeal: '1' } });

  const result = validateSupportForm(form.fields);
  const placeFields = { articleSlug: safeSlug(form.fields.article), placement: form.fields.placement ?? 'support-page' };
  if (!result.ok) {
    return formError(request, { field: result.field, message: result.message, backTo: appealUrl(placeFields), keep: { ...result.keep, appeal: '1' } });
  }
  const { choice } = result;
  const keep = { frequency: choice.frequency, currency: choice.currency, amount: choice.amountText, appeal: '1' };
  if (choice.articleSlug && !(await articleExists(choice.articleSlug))) {
    return formError(request, { field: 'article', message: 'The story this form came from no longer exists. Please give from our support page.', backTo: '/support#support', keep });
  }

  const { limit, windowSeconds } = getCheckoutRateLimit();
  const rate = await consumeRateLimit({ key: `checkout:ip:${getClientIp(request.headers)}`, limit, windowSeconds, now: options.now });
  if (!rate.allowed) {
    const minutes = Math.ceil(rate.retryAfterSeconds / 60);
    return formError(request, {
      status: 429,
      field: 'form',
      message: `Too many payment attempts from your connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      retryAfterSeconds: rate.retryAfterSeconds,
      backTo: appealUrl(choice),
      keep,
    });
  }

  try {
    const session = await createCheckoutSession({ stripe: options.stripe(), database: options.database, choice, appUrl: options.appUrl, publicationName: options.publicationName });
    // Server-Timing lets operators (and the benchmark) tell the app's own time from Stripe's.
    const timing = `stripe;dur=${session.stripeMs.toFixed(1)}`;
    return new Response(null, { status: 303, headers: { location: session.url, 'cache-control': 'no-store', 'server-timing': timing } });
  } catch (error) {
    getLogger().error({ reason: describeStripeError(error), frequency: choice.frequency, currency: choice.currency }, 'checkout session could not be created');
    return formError(request, { status: 503, field: 'form', message: OUTAGE_MESSAGE, backTo: appealUrl(choice), keep });
  }
}

function safeSlug(value: string | undefined): string | null {
  return value && /^[a-z0-9-]{1,120}$/.test(value) ? value : null;
}

/** An unreadable form still goes back to the page it came from, if that page is ours. */
function backFromReferer(request: Request, appUrl: string): string {
  const referer = request.headers.get('referer');
  if (!referer) return '/support#support';
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(appUrl).origin && url.origin !== new URL(request.url).origin) return '/support#support';
    return `${url.pathname}#support`;
  } catch {
    return '/support#support';
  }
}

/** The type, code and message of a Stripe error; never the request, which could carry keys. */
export function describeStripeError(error: unknown): string {
  const e = error as { type?: string; code?: string; message?: string };
  return [e.type, e.code, e.message].filter(Boolean).join(': ') || String(error);
}
