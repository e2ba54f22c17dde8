// Puts messages in the outbox in one statement (idempotent by dedupeKey), optionally inside the caller's transaction,
// so that "queued" commits together with whatever caused it. Returns the ids of the rows newly queued.
import { db, type Database, type Transaction } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { validateOutgoingEmail, type OutgoingEmail } from './outgoing-email';

export async function queueEmails(emails: OutgoingEmail[], { now, executor = db }: { now: Date; executor?: Database | Transaction }): Promise<number[]> {
  if (emails.length === 0) return [];
  emails.forEach(validateOutgoingEmail);
  const rows = await executor
    .insert(emailOutbox)
    .values(emails.map((email) => ({
      dedupeKey: email.dedupeKey,
      to: email.to.trim(),
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: email.headers ?? {},
      nextAttemptAt: now,
      createdAt: now,
    })))
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  return rows.map((row) => row.id);
}
