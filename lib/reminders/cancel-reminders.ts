// The cancel link: stops every unsent reminder for the address the token belongs to.
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { reminders } from '@/db/schema';

export type CancelResult = { found: false } | { found: true; cancelled: number };

export async function findReminderByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const [row] = await db.select().from(reminders).where(eq(reminders.token, token));
  return row ?? null;
}

export async function cancelRemindersByToken({ token, now }: { token: string; now: Date }): Promise<CancelResult> {
  const reminder = await findReminderByToken(token);
  if (!reminder) return { found: false };
  const cancelled = await db
    .update(reminders)
    .set({ cancelledAt: now, updatedAt: now, skippedReason: 'cancelled by reader' })
    .where(and(eq(reminders.email, reminder.email), isNull(reminders.sentAt), isNull(reminders.cancelledAt)))
    .returning({ id: reminders.id });
  return { found: true, cancelled: cancelled.length };
}
