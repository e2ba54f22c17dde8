// charge.dispute.created: the reader's bank disputes a payment; mark it disputed as of the dispute's creation.
import type Stripe from 'stripe';
import { syncChargeById } from '@/lib/memberships/sync-charge';
import { idOf } from '@/lib/memberships/types';
import { objectId, type WebhookHandler } from './types';

export const handle: WebhookHandler = async (event, ctx) => {
  const dispute: Stripe.Dispute = await ctx.stripe.disputes.retrieve(objectId(event));
  const chargeId = idOf(dispute.charge);
  if (!chargeId) return async () => `dispute ${dispute.id} has no charge`;
  return syncChargeById(ctx, chargeId, { disputedAt: new Date(dispute.created * 1000) });
};
