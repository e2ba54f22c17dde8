// Delivers claimed outbox rows: through SMTP when SMTP_URL is set, else into the local mailbox (the outbox itself).
import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log/logger';
import { claimDueEmails, type ClaimedEmail } from './claim-due-emails';
import { getSmtpTransport } from './get-smtp-transport';
import { markEmailAttemptFailed, markEmailSent } from './record-delivery-result';

export type DeliverDueEmailsOptions = {
  now?: Date;
  limit?: number;
  /** Only these rows (sendEmail delivers its own message at once). */
  ids?: number[];
  /** Overrides SMTP_URL; null means the local mailbox. */
  smtpUrl?: string | null;
  from?: string;
};

export type DeliverySummary = { sent: number; failed: number };

export async function deliverDueEmails(options: DeliverDueEmailsOptions = {}): Promise<DeliverySummary> {
  const config = getConfig();
  const now = options.now ?? new Date();
  const smtpUrl = options.smtpUrl === undefined ? config.SMTP_URL : options.smtpUrl;
  const from = options.from ?? config.EMAIL_FROM;
  const claimed = await claimDueEmails({ now, limit: options.limit ?? 50, ids: options.ids });
  const summary: DeliverySummary = { sent: 0, failed: 0 };
  for (const email of claimed) {
    const error = smtpUrl ? await sendThroughSmtp(email, smtpUrl, from) : null;
    if (error === null) {
      await markEmailSent({ id: email.id, now: options.now ?? new Date() });
      summary.sent += 1;
    } else {
      await markEmailAttemptFailed({ id: email.id, attempts: email.attempts, error, now: options.now ?? new Date() });
      summary.failed += 1;
    }
  }
  return summary;
}

/** Returns null on success, else the error message (never the message body or the recipient). */
async function sendThroughSmtp(email: ClaimedEmail, smtpUrl: string, from: string): Promise<string | null> {
  try {
    await getSmtpTransport(smtpUrl).sendMail({
      from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: email.headers,
    });
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    getLogger().warn({ outboxId: email.id, attempt: email.attempts, err: message }, 'email send failed; will retry');
    return message;
  }
}
