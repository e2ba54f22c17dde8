// invoice.paid: a recurring payment succeeded (first or renewal); record it against its subscription.
import { syncInvoiceById } from '@/lib/memberships/sync-invoice';
import { objectId, type WebhookHandler } from './types';

export const handle: WebhookHandler = (event, ctx) => syncInvoiceById(ctx, objectId(event));
