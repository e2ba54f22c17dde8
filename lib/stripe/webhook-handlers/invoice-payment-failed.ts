// invoice.payment_failed: a renewal was declined; recorded as failed unless Stripe now says it is paid.
import { syncInvoiceById } from '@/lib/memberships/sync-invoice';
import { objectId, type WebhookHandler } from './types';

export const handle: WebhookHandler = (event, ctx) => syncInvoiceById(ctx, objectId(event), { failedAt: new Date(event.created * 1000) });
