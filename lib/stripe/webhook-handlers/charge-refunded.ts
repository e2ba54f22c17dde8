// charge.refunded: re-read the payment the charge belongs to; its status and refunded amount follow Stripe's.
import { syncChargeById } from '@/lib/memberships/sync-charge';
import { objectId, type WebhookHandler } from './types';

export const handle: WebhookHandler = (event, ctx) => syncChargeById(ctx, objectId(event));
