// checkout.session.async_payment_succeeded: re-read the session from Stripe and record what it made.
import { syncCheckoutSessionById } from '@/lib/memberships/sync-checkout-session';
import { objectId, type WebhookHandler } from './types';

export const handle: WebhookHandler = (event, ctx) => syncCheckoutSessionById(ctx, objectId(event));
