// How many Checkout Sessions one client may start per window (card testers hammer donation forms).
export type CheckoutRateLimit = { limit: number; windowSeconds: number };

/** CHECKOUT_RATE_LIMIT="20" or "20/600" (count per seconds); default 20 per 10 minutes. */
export function getCheckoutRateLimit(value = process.env.CHECKOUT_RATE_LIMIT): CheckoutRateLimit {
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(value ?? '');
  if (!match) return { limit: 20, windowSeconds: 600 };
  return { limit: Math.max(1, Number(match[1])), windowSeconds: Math.max(1, Number(match[2] ?? 600)) };
}
