// What a sync writes with: the transaction of the webhook event (or the thank-you page) it belongs to.
import type Stripe from 'stripe';
import type { Transaction } from '@/db/client';

/** Applies a snapshot read from Stripe; returns a short outcome that is logged. */
export type ApplySync = (tx: Transaction) => Promise<string>;

export type SyncContext = {
  stripe: Stripe;
  /** When the snapshot was read: newer reads win over older ones that commit later. */
  fetchedAt?: Date;
};

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

export function fromUnix(seconds: number | null | undefined): Date | null {
  return seconds === null || seconds === undefined ? null : new Date(seconds * 1000);
}
