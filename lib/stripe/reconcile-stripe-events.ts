// `npm run stripe:reconcile` and a job in `npm start`: lists the Stripe events of the handled types since the last
// run's checkpoint and applies the ones the webhook never delivered, through the same handlers (applied once per
// event id, so a webhook arriving meanwhile or a second instance changes nothing). One instance runs it at a time
// (a lease row); a crashed holder's lease lapses.
import crypto from 'node:crypto';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Database } from '@/db/client';
import { jobLeases, stripeEvents } from '@/db/schema';
import { processStripeEvent } from './process-stripe-event';
import { HANDLED_EVENT_TYPES } from './read-stripe-event';

const JOB = 'stripe-reconcile';
// Stripe keeps events for 30 days; a first run looks back that far.
const LOOKBACK_SECONDS = 30 * 86_400;
// Listed again on the next run: events stamped a moment before the newest one seen can still be appearing.
const OVERLAP_SECONDS = 300;

export type ReconcileOptions = {
  stripe: Stripe;
  database: Database;
  now?: Date;
  /** Events applied at once; each is independent (the handlers are order-independent). */
  concurrency?: number;
  leaseMs?: number;
};

export type ReconcileResult =
  | { ran: false; reason: string }
  | { ran: true; listed: number; missing: number; applied: number; failed: number; checkpoint: Date | null };

async function claimLease(database: Database, holder: string, now: Date, leaseMs: number): Promise<{ checkpoint: Date | null } | null> {
  const until = new Date(now.getTime() + leaseMs);
  const [row] = await database
    .insert(jobLeases)
    .values({ name: JOB, holder, leaseUntil: until })
    .onConflictDoUpdate({ target: jobLeases.name, set: { holder, leaseUntil: until }, setWhere: lt(jobLeases.leaseUntil, now) })
    .returning({ checkpoint: jobLeases.checkpoint });
  return row ?? null;
}

async function listEvents(stripe: Stripe, since: number): Promise<Stripe.Event[]> {
  const events: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ types: [...HANDLED_EVENT_TYPES], created: { gte: since }, limit: 100 })) events.push(event);
  // Newest first from Stripe; applied oldest first.
  return events.reverse();
}

async function unapplied(database: Database, events: Stripe.Event[]): Promise<Stripe.Event[]> {
  const known = new Set<string>();
  for (let i = 0; i < events.length; i += 1000) {
    const ids = events.slice(i, i + 1000).map((e) => e.id);
    for (const row of await database.select({ id: stripeEvents.id }).from(stripeEvents).where(inArray(stripeEvents.id, ids))) known.add(row.id);
  }
  return events.filter((e) => !known.has(e.id));
}

export async function reconcileStripeEvents(options: ReconcileOptions): Promise<ReconcileResult> {
  const { stripe, database } = options;
  const now = options.now ?? new Date();
  const holder = crypto.randomUUID();
  const lease = await claimLease(database, holder, now, options.leaseMs ?? 10 * 60_000);
  if (!lease) return { ran: false, reason: 'another instance is reconciling' };
  let checkpoint = lease.checkpoint;
  try {
    const since = checkpoint ? Math.floor(checkpoint.getTime() / 1000) - OVERLAP_SECONDS : Math.floor(now.getTime() / 1000) - LOOKBACK_SECONDS;
    const events = await listEvents(stripe, since);
    const missing = await unapplied(database, events);
    let applied = 0;
    let failed = 0;
    let firstFailure: number | null = null;
    let next = 0;
    const worker = async () => {
      while (next < missing.length) {
        const event = missing[next++];
        try {
          if ((await processStripeEvent({ event, stripe, database })).applied) applied += 1;
        } catch {
          failed += 1;
          firstFailure = Math.min(firstFailure ?? event.created, event.created);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
    // Up to the newest event listed, or to just before the first one that failed (tried again next run).
    const newest = events.at(-1)?.created ?? null;
    if (firstFailure !== null) checkpoint = new Date((firstFailure - 1) * 1000);
    else if (newest !== null && (!checkpoint || newest * 1000 > checkpoint.getTime())) checkpoint = new Date(newest * 1000);
    return { ran: true, listed: events.length, missing: missing.length, applied, failed, checkpoint };
  } finally {
    await database
      .update(jobLeases)
      .set({ checkpoint, leaseUntil: sql`now() - interval '1 second'` })
      .where(and(eq(jobLeases.name, JOB), eq(jobLeases.holder, holder)));
  }
}
