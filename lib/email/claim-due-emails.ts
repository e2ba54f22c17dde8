// Claims due outbox rows for this runner: one statement with FOR UPDATE SKIP LOCKED, so two runners never take the same row.
import { and, asc, inArray, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';

export type ClaimedEmail = typeof emailOutbox.$inferSelect;

/** A claim lasts this long; a runner that died mid-send releases its rows when it runs out. */
export const SEND_LEASE_MS = 15 * 60_000;

export type ClaimDueEmailsOptions = { now: Date; limit: number; ids?: number[] };

export async function claimDueEmails({ now, limit, ids }: ClaimDueEmailsOptions): Promise<ClaimedEmail[]> {
  const due = and(
    inArray(emailOutbox.status, ['pending', 'sending']),
    lte(emailOutbox.nextAttemptAt, now),
    ids ? inArray(emailOutbox.id, ids) : undefined,
  );
  const candidates = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(due)
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({
      status: 'sending',
      attempts: sql`${emailOutbox.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS),
    })
    .where(and(inArray(emailOutbox.id, candidates), due))
    .returning();
}
