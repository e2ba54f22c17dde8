// Stripe's "no such object" error: the customer or subscription is already gone there.
import Stripe from 'stripe';

export function isStripeMissing(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing';
}
