// customer.subscription.updated: re-read the subscription (status, period, cancellation) and upsert it.
import { syncSubscriptionById } from '@/lib/memberships/sync-subscription';
import { objectId, type WebhookHandler } from './types';

export const handle: WebhookHandler = (event, ctx) => syncSubscriptionById(ctx, objectId(event));
