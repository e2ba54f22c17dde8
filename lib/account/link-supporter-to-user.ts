// A signed-in reader's supporter record: theirs already, or the one their email gave under before they signed up.
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { supporters } from '@/db/schema';
import { normaliseEmail } from '@/lib/email/normalise-email';
import type { AccountUser } from './account-types';

export type Supporter = typeof supporters.$inferSelect;

export async function getSupporterByUserId(userId: string): Promise<Supporter | null> {
  const [row] = await db.select().from(supporters).where(eq(supporters.userId, userId)).limit(1);
  return row ?? null;
}

/** Links the unclaimed supporter with the reader's email to their user; safe when two devices do it at once. */
export async function linkSupporterToUser(user: AccountUser): Promise<Supporter | null> {
  const own = await getSupporterByUserId(user.id);
  if (own) return own;
  const [linked] = await db
    .update(supporters)
    .set({ userId: user.id, updatedAt: new Date() })
    .where(and(eq(supporters.email, normaliseEmail(user.email)), isNull(supporters.userId), isNull(supporters.anonymisedAt)))
    .returning();
  // Another device may have linked it between the two statements.
  return linked ?? (await getSupporterByUserId(user.id));
}
