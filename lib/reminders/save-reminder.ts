// Stores one reminder per address and month: signing up again updates the frequency (and revives a cancelled one).
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { reminders } from '@/db/schema';
import { randomToken } from '@/lib/email/signed-token';
import type { ReminderForm } from './validate-reminder-form';

export async function saveReminder({ form, now }: { form: ReminderForm; now: Date }): Promise<{ id: number; token: string }> {
  const [row] = await db
    .insert(reminders)
    .values({ email: form.email, month: form.month, frequency: form.frequency, token: randomToken(), createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [reminders.email, reminders.month],
      set: {
        frequency: form.frequency,
        updatedAt: now,
        // A reminder already sent stays sent; a cancelled one comes back.
        cancelledAt: sql`case when ${reminders.sentAt} is null then null else ${reminders.cancelledAt} end`,
        skippedReason: sql`case when ${reminders.sentAt} is null then null else ${reminders.skippedReason} end`,
      },
    })
    .returning({ id: reminders.id, token: reminders.token });
  return row;
}
