// The magic-link email, queued through the outbox (and shown at /dev/mailbox while SMTP_URL is unset).
import crypto from 'node:crypto';
import { getConfig } from '@/lib/config';
import { escapeHtml } from '@/lib/email/escape-html';
import { sendEmail } from '@/lib/email/send-email';

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

export async function sendSignInEmail(options: { identifier: string; url: string }): Promise<void> {
  const { PUBLICATION_NAME } = getConfig();
  const { identifier, url } = options;
  const subject = `Sign in to ${PUBLICATION_NAME}`;
  const text = [
    `Hello,`,
    ``,
    `Follow this link to sign in to ${PUBLICATION_NAME}. It works once and expires in one hour.`,
    ``,
    url,
    ``,
    `If you did not ask to sign in, ignore this email: nothing happens without the link.`,
  ].join('\n');
  const html = `<!doctype html><html lang="en"><body style="font-family:Georgia,serif;color:#1a1a1a;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:22px">Sign in to ${escapeHtml(PUBLICATION_NAME)}</h1>
<p>Follow this link to sign in. It works once and expires in one hour.</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#9b1c1c;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;font-family:sans-serif;font-weight:bold">Sign in</a></p>
<p style="font-size:14px;color:#5c5c5c">If you did not ask to sign in, ignore this email: nothing happens without the link.</p>
</body></html>`;
  // One message per link: the token makes the key unique, and a retried request never sends it twice.
  const dedupeKey = `signin:${crypto.createHash('sha256').update(url).digest('hex')}`;
  await sendEmail({ to: identifier, subject, text, html, dedupeKey });
}
