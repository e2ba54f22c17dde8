// The Stripe customer a signed-in reader already has with the app, so a new Checkout reuses it instead of making
// another (one reader, one customer: one card in the portal, one thing to delete).
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { stripeCustomers, supporters } from '@/db/schema';
import { normaliseEmail } from '@/lib/email/normalise-email';

export async function findReaderCustomer(user: { id: string; email: string }): Promise<string | null> {
  const [supporter] = await db
    .select({ id: supporters.id, customer: supporters.stripeCustomerId })
    .from(supporters)
    .where(and(or(eq(supporters.userId, user.id), eq(supporters.email, normaliseEmail(user.email))), isNull(supporters.anonymisedAt)))
    .orderBy(desc(eq(supporters.userId, user.id)))
    .limit(1);
  if (!supporter) return null;
  if (supporter.customer) return supporter.customer;
  const [latest] = await db.select({ id: stripeCustomers.stripeCustomerId }).from(stripeCustomers)
    .where(eq(stripeCustomers.supporterId, supporter.id)).orderBy(desc(stripeCustomers.createdAt)).limit(1);
  return latest?.id ?? null;
}
