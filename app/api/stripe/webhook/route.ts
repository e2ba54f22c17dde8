// POST /api/stripe/webhook: Stripe's events, verified by signature and applied idempotently.
import { db } from '@/db/client';
import { getConfig } from '@/lib/config';
import { getStripe } from '@/lib/stripe/get-stripe';
import { handleStripeWebhook } from '@/lib/stripe/handle-stripe-webhook';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleStripeWebhook(request, { stripe: getStripe(), database: db, secret: getConfig().STRIPE_WEBHOOK_SECRET });
}
