// How many Checkout Sessions one client may start per window (card testers hammer donation forms).
import { parseRateLimit, type RateLimitSetting } from '@/lib/rate-limit/parse-rate-limit';

export type CheckoutRateLimit = RateLimitSetting;

/** CHECKOUT_RATE_LIMIT="20" or "20/600" (count per seconds); default 20 per 10 minutes. */
export function getCheckoutRateLimit(value = process.env.CHECKOUT_RATE_LIMIT): CheckoutRateLimit {
  return parseRateLimit(value, { limit: 20, windowSeconds: 600 });
}
