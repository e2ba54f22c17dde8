// The official Stripe SDK; STRIPE_API_URL points it at the emulator, unset it talks to Stripe.
import Stripe from 'stripe';
import { getConfig } from '@/lib/config';

const key = Symbol.for('reader-revenue.stripe');
type WithStripe = typeof globalThis & { [key]?: Stripe };

export function createStripeClient(secretKey: string, apiUrl?: string): Stripe {
  // Three retries: a burst over Stripe's rate limit (429 with Stripe-Should-Retry) or a dropped connection is waited out.
  const options: Stripe.StripeConfig = { maxNetworkRetries: 3, timeout: 10_000, appInfo: { name: 'reader-revenue' } };
  if (!apiUrl) return new Stripe(secretKey, options);
  const url = new URL(apiUrl);
  return new Stripe(secretKey, {
    ...options,
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
  });
}

export function getStripe(): Stripe {
  const holder = globalThis as WithStripe;
  if (!holder[key]) {
    const { STRIPE_SECRET_KEY, STRIPE_API_URL } = getConfig();
    if (!STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is not set (npm start sets it when it starts the emulator)');
    holder[key] = createStripeClient(STRIPE_SECRET_KEY, STRIPE_API_URL);
  }
  return holder[key];
}

/** Link to an object in the Stripe dashboard (test or live by key). */
export function stripeDashboardUrl(path: string): string {
  const live = getConfig().STRIPE_SECRET_KEY?.includes('_live_');
  return `https://dashboard.stripe.com/${live ? '' : 'test/'}${path.replace(/^\//, '')}`;
}
