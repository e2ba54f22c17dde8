// How many Checkout Sessions one client may start per window (card testers hammer donation forms).
import { readRateLimitSetting, type RateLimitSetting } from '@/lib/rate-limit/read-rate-limit-setting';

/** CHECKOUT_RATE_LIMIT="20" or "20/600" (count per seconds); default 20 per 10 minutes. */
export function getCheckoutRateLimit(value = process.env.CHECKOUT_RATE_LIMIT): RateLimitSetting {
  return readRateLimitSetting(value, { limit: 20, windowSeconds: 600 });
}
