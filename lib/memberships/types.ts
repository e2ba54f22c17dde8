// What a sync writes with: the transaction of the webhook event (or the thank-you page) it belongs to.
import type Stripe from 'stripe';
import type { Database, Transaction } from '@/db/client';

/** Applies a snapshot read from Stripe; returns a short outcome that is logged. */
export type ApplySync = (tx: Transaction) => Promise<string>;

export type SyncContext = {
  stripe: Stripe;
  /** When the snapshot was read: newer reads win over older ones that commit later. */
  fetchedAt?: Date;
  /** For reads that spare a call to Stripe (what is already recorded); writes go through the transaction. */
  database?: Database;
  /** A refund event: list the charge's refunds even when none still counts (a failed one gives its amount back). */
  refundChanged?: boolean;
};

/** What only an event knows: when a payment failed, and when a refund failed or a dispute was won (Stripe's objects
 * carry no such time), by the refund's or dispute's id. */
export type EventTimes = { failedAt?: Date | null; reversedAt?: Record<string, Date> };

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

export function fromUnix(seconds: number | null | undefined): Date | null {
  return seconds === null || seconds === undefined ? null : new Date(seconds * 1000);
}
