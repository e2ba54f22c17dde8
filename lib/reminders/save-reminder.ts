// Stores one reminder per address and month: signing up again updates the frequency (and revives a cancelled one).
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { reminders } from '@/db/schema';
import { randomToken } from '@/lib/email/signed-token';
import type { Locale } from '@/lib/i18n/locales';
import type { ReminderForm } from './validate-reminder-form';

/** `locale`: the language of the page the reader asked from; the reminder email is written in it. */
export async function saveReminder({ form, now, locale = 'en' }: { form: ReminderForm; now: Date; locale?: Locale }): Promise<{ id: number; token: string }> {
  const [row] = await db
    .insert(reminders)
    .values({ email: form.email, month: form.month, frequency: form.frequency, locale, token: randomToken(), createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [reminders.email, reminders.month],
      set: {
        frequency: form.frequency,
        // The latest request's language: the reader last asked in it.
        locale,
        updatedAt: now,
        // A reminder already sent stays sent; a cancelled one comes back.
        cancelledAt: sql`case when ${reminders.sentAt} is null then null else ${reminders.cancelledAt} end`,
        skippedReason: sql`case when ${reminders.sentAt} is null then null else ${reminders.skippedReason} end`,
      },
    })
    .returning({ id: reminders.id, token: reminders.token });
  return row;
}
