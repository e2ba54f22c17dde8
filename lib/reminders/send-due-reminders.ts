// The reminders job: sends every reminder whose month has come, once, and skips readers who have become supporters.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { reminders } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { sendEmail } from '@/lib/email/send-email';
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
  const summary: ReminderRunSummary = { sent: 0, skipped: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? Infinity); batch += 1) {
    const claimed = await claimDueReminders({ now, month, limit: options.batchSize ?? 100 });
    if (claimed.length === 0) break;
    const standing = await getSupporterStandingByEmail([...new Set(claimed.map((r) => r.email))]);
    for (const reminder of claimed) {
      if (becameSupporter(reminder, standing.get(reminder.email))) {
        await db.update(reminders).set({ cancelledAt: now, skippedReason: 'became a supporter', updatedAt: now }).where(eq(reminders.id, reminder.id));
        summary.skipped += 1;
        continue;
      }
      const email = renderReminderEmail({ ...reminder, appUrl: config.APP_URL, publicationName: config.PUBLICATION_NAME });
      // The outbox's dedupe key (reminder:ID) makes a re-run after a crash here harmless.
      await sendEmail(email, { now, smtpUrl: options.smtpUrl });
      await db.update(reminders).set({ sentAt: now, updatedAt: now }).where(eq(reminders.id, reminder.id));
      summary.sent += 1;
    }
  }
  return summary;
}

function becameSupporter(reminder: DueReminder, standing: SupporterStanding | undefined): boolean {
  if (!standing) return false;
  return standing.activeRecurring || (standing.lastPaidAt !== null && standing.lastPaidAt >= reminder.createdAt);
}
