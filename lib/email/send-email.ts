// Queues one email in the outbox (idempotent by dedupeKey) and tries to deliver it at once; the outbox job retries failures.
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { deliverDueEmails } from './deliver-due-emails';
import type { OutgoingEmail } from './outgoing-email';
import { queueEmails } from './queue-emails';

export type SendEmailOptions = {
  now?: Date;
  /** Overrides SMTP_URL (tests); null means the local mailbox. */
  smtpUrl?: string | null;
};

/** Throws InvalidEmailError on a malformed message; delivery failures are retried later, never thrown. */
export async function sendEmail(email: OutgoingEmail, options: SendEmailOptions = {}): Promise<void> {
  const now = options.now ?? new Date();
  const inserted = await queueEmails([email], { now });
  if (inserted.length === 0) return; // already queued (and sent or being sent) under this key
  try {
    await deliverDueEmails({ now, ids: inserted, smtpUrl: options.smtpUrl });
  } catch (error) {
    // The row is stored; the outbox job will pick it up.
    getLogger().warn({ outboxId: inserted[0], err: safeError(error) }, 'immediate email delivery failed');
  }
}
