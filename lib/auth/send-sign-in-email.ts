// The magic-link email, queued through the outbox (and shown at /dev/mailbox while SMTP_URL is unset), in the language
// of the page the reader asked from (the link's callbackUrl: lib/auth/sign-in-locale.ts).
import crypto from 'node:crypto';
import { getConfig } from '@/lib/config';
import { escapeHtml } from '@/lib/email/escape-html';
import { sendEmail } from '@/lib/email/send-email';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { localeOfSignInLink } from './sign-in-locale';

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

export function renderSignInEmail(options: { url: string; publicationName: string; locale: Locale }) {
  const { url, publicationName: publication, locale } = options;
  const t = translatorFor(locale, 'emails');
  const subject = t('signIn.subject', { publication });
  const text = [t('signIn.greeting'), '', t('signIn.intro', { publication }), '', url, '', t('signIn.ignore')].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:Georgia,serif;color:#1a1a1a;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:22px">${escapeHtml(t('signIn.heading', { publication }))}</h1>
<p>${escapeHtml(t('signIn.introHtml'))}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#9b1c1c;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;font-family:sans-serif;font-weight:bold">${escapeHtml(t('signIn.button'))}</a></p>
<p style="font-size:14px;color:#5c5c5c">${escapeHtml(t('signIn.ignore'))}</p>
</body></html>`;
  return { subject, text, html };
}

export async function sendSignInEmail(options: { identifier: string; url: string }): Promise<void> {
  const { PUBLICATION_NAME } = getConfig();
  const { identifier, url } = options;
  const message = renderSignInEmail({ url, publicationName: PUBLICATION_NAME, locale: localeOfSignInLink(url) });
  // One message per link: the token makes the key unique, and a retried request never sends it twice.
  const dedupeKey = `signin:${crypto.createHash('sha256').update(url).digest('hex')}`;
  await sendEmail({ to: identifier, ...message, dedupeKey });
}
