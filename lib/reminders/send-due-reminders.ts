// The reminders job: sends every reminder whose month has come, once, and skips readers who have become supporters.
// Per batch, one transaction queues the emails in the outbox and marks the reminders sent, so neither happens alone;
// the outbox then delivers them (and retries failures).
import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { reminders } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { deliverDueEmails } from '@/lib/email/deliver-due-emails';
import { queueEmails } from '@/lib/email/queue-emails';
import { claimDueReminders, type DueReminder } from './claim-due-reminders';
import { getSupporterStandingByEmail, type SupporterStanding } from './get-supporter-standing';
import { renderReminderEmail } from './render-reminder-email';
import { currentMonth } from './reminder-months';

export type SendDueRemindersOptions = {
  now?: Date;
  batchSize?: number;
  /** Stop after this many batches (the in-app job keeps each run short). */
  maxBatches?: number;
  /** Overrides SMTP_URL for the emails (tests); null means the local mailbox. */
  smtpUrl?: string | null;
};

export type ReminderRunSummary = { sent: number; skipped: number };

export async function sendDueReminders(options: SendDueRemindersOptions = {}): Promise<ReminderRunSummary> {
  const config = getConfig();
  const now = options.now ?? new Date();
  const month = currentMonth(now, config.REPORT_TIMEZONE);
  const batchSize = options.batchSize ?? 100;
  const summary: ReminderRunSummary = { sent: 0, skipped: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? Infinity); batch += 1) {
    const claimed = await claimDueReminders({ now, month, limit: batchSize });
    if (claimed.length === 0) break;
    const standing = await getSupporterStandingByEmail([...new Set(claimed.map((r) => r.email))]);
    const skip = claimed.filter((r) => becameSupporter(r, standing.get(r.email)));
    const send = claimed.filter((r) => !skip.includes(r));
    const emails = send.map((r) => renderReminderEmail({ ...r, appUrl: config.APP_URL, publicationName: config.PUBLICATION_NAME }));
    const queued = await db.transaction(async (tx) => {
      // The outbox's dedupe key (reminder:ID) makes a re-run after a crash harmless.
      const ids = await queueEmails(emails, { now, executor: tx });
      if (send.length) await tx.update(reminders).set({ sentAt: now, updatedAt: now }).where(inArray(reminders.id, send.map((r) => r.id)));
      if (skip.length) {
        await tx.update(reminders)
          .set({ cancelledAt: now, skippedReason: 'became a supporter', updatedAt: now })
          .where(inArray(reminders.id, skip.map((r) => r.id)));
      }
      return ids;
    });
    if (queued.length) await deliverDueEmails({ now, ids: queued, limit: queued.length, smtpUrl: options.smtpUrl });
    summary.sent += send.length;
    summary.skipped += skip.length;
  }
  return summary;
}

function becameSupporter(reminder: DueReminder, standing: SupporterStanding | undefined): boolean {
  if (!standing) return false;
  return standing.activeRecurring || (standing.lastPaidAt !== null && standing.lastPaidAt >= reminder.createdAt);
}
