// Claims due reminders for this runner in one statement (FOR UPDATE SKIP LOCKED): several runners never take the same row.
import { and, asc, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { reminders } from '@/db/schema';

export type DueReminder = typeof reminders.$inferSelect;

/** A runner that died mid-batch releases its claims after this long. */
export const REMINDER_CLAIM_LEASE_MS = 10 * 60_000;

export async function claimDueReminders({ now, month, limit }: { now: Date; month: string; limit: number }): Promise<DueReminder[]> {
  const due = and(
    lte(reminders.month, month),
    isNull(reminders.sentAt),
    isNull(reminders.cancelledAt),
    or(isNull(reminders.claimedAt), lt(reminders.claimedAt, new Date(now.getTime() - REMINDER_CLAIM_LEASE_MS))),
  );
  const candidates = db
    .select({ id: reminders.id })
    .from(reminders)
    .where(due)
    .orderBy(asc(reminders.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db.update(reminders).set({ claimedAt: now }).where(and(inArray(reminders.id, candidates), due)).returning();
}
