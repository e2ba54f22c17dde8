// Delivers claimed outbox rows: through SMTP when SMTP_URL is set, else into the local mailbox (the outbox itself).
import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { claimDueEmails, type ClaimedEmail } from './claim-due-emails';
import { getSmtpTransport } from './get-smtp-transport';
import { markEmailAttemptFailed, markEmailSent, markEmailsSent } from './record-delivery-result';

export type DeliverDueEmailsOptions = {
  now?: Date;
  limit?: number;
  /** Only these rows (sendEmail delivers its own message at once). */
  ids?: number[];
  /** Overrides SMTP_URL; null means the local mailbox. */
  smtpUrl?: string | null;
  from?: string;
};

// Matches the transport's pool size (maxConnections).
const SMTP_CONCURRENCY = 3;

export type DeliverySummary = { sent: number; failed: number };

export async function deliverDueEmails(options: DeliverDueEmailsOptions = {}): Promise<DeliverySummary> {
  const config = getConfig();
  const now = options.now ?? new Date();
  const smtpUrl = options.smtpUrl === undefined ? config.SMTP_URL : options.smtpUrl;
  const from = options.from ?? config.EMAIL_FROM;
  const claimed = await claimDueEmails({ now, limit: options.limit ?? 50, ids: options.ids });
  if (!smtpUrl) {
    // No SMTP: the outbox is the local mailbox, so claiming is delivering.
    await markEmailsSent({ ids: claimed.map((e) => e.id), now: options.now ?? new Date() });
    return { sent: claimed.length, failed: 0 };
  }
  const summary: DeliverySummary = { sent: 0, failed: 0 };
  // A few sends at once use the pooled SMTP connections; each outcome is recorded as soon as it is known.
  const queue = [...claimed];
  const worker = async () => {
    for (let email = queue.shift(); email; email = queue.shift()) {
      const error = await sendThroughSmtp(email, smtpUrl, from);
      const at = options.now ?? new Date();
      if (error === null) {
        await markEmailSent({ id: email.id, now: at });
        summary.sent += 1;
      } else {
        await markEmailAttemptFailed({ id: email.id, attempts: email.attempts, error, now: at });
        summary.failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SMTP_CONCURRENCY, claimed.length) }, worker));
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
    getLogger().warn({ outboxId: email.id, attempt: email.attempts, err: safeError(error) }, 'email send failed; will retry');
    return message;
  }
}
