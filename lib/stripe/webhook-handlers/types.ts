// A webhook handler reads the current truth from Stripe (outside any transaction) and returns how to apply it.
import type Stripe from 'stripe';
import type { ApplySync, SyncContext } from '@/lib/memberships/types';

export type WebhookHandler = (event: Stripe.Event, ctx: SyncContext) => Promise<ApplySync>;

/** The id of the event's object, whatever its type. */
export function objectId(event: Stripe.Event): string {
  return (event.data.object as { id: string }).id;
}
