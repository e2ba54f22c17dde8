// One supporter per Stripe customer and per email: found by either, created once even under concurrent webhooks.
import { eq, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { stripeCustomers, supporters } from '@/db/schema';
import type { Transaction } from '@/db/client';
import { normaliseEmail } from '@/lib/email/normalise-email';

export type SupporterInput = { stripeCustomerId: string | null; email: string | null | undefined; name?: string | null };

// One event's sync meets the same reader two or three times (session, subscription, invoice): look them up once.
const seenInTransaction = new WeakMap<Transaction, Map<string, number>>();

export async function upsertSupporter(tx: Transaction, input: SupporterInput): Promise<number | null> {
  const email = input.email ? normaliseEmail(input.email) || null : null;
  const name = input.name?.trim() || null;
  const { stripeCustomerId } = input;
  if (!stripeCustomerId && !email) return null;
  const memoKey = JSON.stringify([stripeCustomerId, email, name]);
  let memo = seenInTransaction.get(tx);
  if (!memo) seenInTransaction.set(tx, (memo = new Map()));
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  const id = await findOrCreateSupporter(tx, { stripeCustomerId, email, name });
  if (id !== null) memo.set(memoKey, id);
  // Only the app's own objects get here, so every customer named is one its Checkouts made or used.
  if (id !== null && stripeCustomerId) await recordCustomer(tx, stripeCustomerId, id);
  return id;
}

async function findOrCreateSupporter(tx: Transaction, { stripeCustomerId, email, name }: { stripeCustomerId: string | null; email: string | null; name: string | null }): Promise<number | null> {
  const existing = await findSupporter(tx, stripeCustomerId, email);
  if (existing) {
    // An anonymised supporter stays anonymous; otherwise fill in only what was missing, and lock nothing when
    // nothing changes (concurrent webhooks for one reader would otherwise queue, or deadlock, on this row).
    if (existing.anonymisedAt) return existing.id;
    const changes: Partial<typeof supporters.$inferInsert> = {};
    if (!existing.stripeCustomerId && stripeCustomerId) changes.stripeCustomerId = stripeCustomerId;
    if (!existing.name && name) changes.name = name;
    if (!existing.email && email && !(await emailTaken(tx, email, existing.id))) changes.email = email;
    if (Object.keys(changes).length > 0) {
      await tx.update(supporters).set({ ...changes, updatedAt: sql`now()` }).where(eq(supporters.id, existing.id));
    }
    return existing.id;
  }
  const inserted = await tx.insert(supporters).values({ stripeCustomerId, email, name }).onConflictDoNothing().returning({ id: supporters.id });
  if (inserted[0]) return inserted[0].id;
  // Someone else inserted the same customer or email a moment ago.
  return (await findSupporter(tx, stripeCustomerId, email))?.id ?? null;
}

async function recordCustomer(tx: Transaction, stripeCustomerId: string, supporterId: number): Promise<void> {
  await tx.insert(stripeCustomers).values({ stripeCustomerId, supporterId }).onConflictDoNothing();
}

async function findSupporter(tx: Transaction, stripeCustomerId: string | null, email: string | null) {
  if (stripeCustomerId) {
    const [row] = await tx.select().from(supporters).where(eq(supporters.stripeCustomerId, stripeCustomerId)).limit(1);
    if (row) return row;
    // A second customer of the same reader (a Checkout from another browser): recorded against them already.
    const [known] = await tx.select({ supporter: supporters }).from(stripeCustomers)
      .innerJoin(supporters, eq(stripeCustomers.supporterId, supporters.id)).where(eq(stripeCustomers.stripeCustomerId, stripeCustomerId)).limit(1);
    if (known) return known.supporter;
  }
  if (email) {
    const [row] = await tx.select().from(supporters).where(eq(supporters.email, email)).limit(1);
    if (row) return row;
  }
  return null;
}

async function emailTaken(tx: Transaction, email: string, exceptId: number): Promise<boolean> {
  const [row] = await tx.select({ id: supporters.id }).from(supporters).where(eq(supporters.email, email)).limit(1);
  return Boolean(row && row.id !== exceptId);
}

/** The email and name Stripe holds for a customer (expanded), or the billing details when there is none. */
export function supporterFromCustomer(
  customer: string | Stripe.Customer | Stripe.DeletedCustomer | null,
  fallback?: { email?: string | null; name?: string | null } | null,
): SupporterInput {
  if (customer && typeof customer !== 'string' && !('deleted' in customer && customer.deleted)) {
    const c = customer as Stripe.Customer;
    return { stripeCustomerId: c.id, email: c.email ?? fallback?.email, name: c.name ?? fallback?.name };
  }
  return { stripeCustomerId: typeof customer === 'string' ? customer : (customer?.id ?? null), email: fallback?.email, name: fallback?.name };
}
