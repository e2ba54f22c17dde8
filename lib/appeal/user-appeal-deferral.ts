// The server-side record of "Remind me later" for signed-in readers, so it follows them across devices.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';

export async function setUserAppealDeferral({ userId, until }: { userId: string; until: Date }): Promise<void> {
  await db.update(users).set({ appealDeferredUntil: until }).where(eq(users.id, userId));
}

export async function getUserAppealDeferral(userId: string): Promise<Date | null> {
  const [row] = await db.select({ until: users.appealDeferredUntil }).from(users).where(eq(users.id, userId));
  return row?.until ?? null;
}
