// The supporter behind a Stripe customer, or null.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { supporters } from '@/db/schema';

export async function getSupporterByStripeCustomerId(stripeCustomerId: string) {
  const [row] = await db.select().from(supporters).where(eq(supporters.stripeCustomerId, stripeCustomerId)).limit(1);
  return row ?? null;
}
