// Following the emailed links: confirm a pending signup, or unsubscribe.
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { newsletterSubscribers } from '@/db/schema';

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'not-pending';

export async function confirmNewsletterSubscriber({ email, now }: { email: string; now: Date }): Promise<ConfirmOutcome> {
  const updated = await db
    .update(newsletterSubscribers)
    .set({ status: 'confirmed', confirmedAt: now, unsubscribedAt: null, updatedAt: now })
    .where(and(eq(newsletterSubscribers.email, email), eq(newsletterSubscribers.status, 'pending')))
    .returning({ id: newsletterSubscribers.id });
  if (updated.length > 0) return 'confirmed';
  const [row] = await db.select({ status: newsletterSubscribers.status }).from(newsletterSubscribers).where(eq(newsletterSubscribers.email, email));
  // An unsubscribed reader's old confirmation link must not sign them up again.
  return row?.status === 'confirmed' ? 'already-confirmed' : 'not-pending';
}

export async function unsubscribeNewsletterSubscriber({ email, now }: { email: string; now: Date }): Promise<void> {
  await db
    .update(newsletterSubscribers)
    .set({ status: 'unsubscribed', unsubscribedAt: now, updatedAt: now })
    .where(eq(newsletterSubscribers.email, email));
}
