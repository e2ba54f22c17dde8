// Writes the outcome of one send attempt: sent, or back to pending with a back-off, or failed for good.
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { MAX_SEND_ATTEMPTS, retryDelayMs } from './retry-delay';

export async function markEmailSent({ id, now }: { id: number; now: Date }): Promise<void> {
  await db.update(emailOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}

/** The local mailbox "delivers" a whole claimed batch at once. */
export async function markEmailsSent({ ids, now }: { ids: number[]; now: Date }): Promise<void> {
  if (ids.length === 0) return;
  await db.update(emailOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where(and(inArray(emailOutbox.id, ids), eq(emailOutbox.status, 'sending')));
}

export async function markEmailAttemptFailed({ id, attempts, error, now }: { id: number; attempts: number; error: string; now: Date }): Promise<void> {
  const giveUp = attempts >= MAX_SEND_ATTEMPTS;
  await db.update(emailOutbox)
    .set({
      status: giveUp ? 'failed' : 'pending',
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
      lastError: error.slice(0, 500),
    })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}
