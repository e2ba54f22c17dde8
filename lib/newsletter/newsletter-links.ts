// Signed links in newsletter emails: confirm (expires after a week) and unsubscribe (never expires).
import { signToken, verifyToken, type TokenCheck } from '@/lib/email/signed-token';
import { localePath, type Locale } from '@/lib/i18n/locales';

export const CONFIRM_PURPOSE = 'newsletter-confirm';
export const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe';
export const CONFIRM_LINK_DAYS = 7;

/** Links open the pages in the reader's language (`locale`, English by default). */
export function newsletterConfirmUrl({ appUrl, email, now, locale = 'en' }: { appUrl: string; email: string; now: Date; locale?: Locale }): string {
  const token = signToken({ purpose: CONFIRM_PURPOSE, subject: email, expiresAt: new Date(now.getTime() + CONFIRM_LINK_DAYS * 86_400_000) });
  return `${appUrl}${localePath(locale, '/newsletter/confirm')}?token=${encodeURIComponent(token)}`;
}

export function newsletterUnsubscribeUrl({ appUrl, email, locale = 'en' }: { appUrl: string; email: string; locale?: Locale }): string {
  return `${appUrl}${localePath(locale, '/newsletter/unsubscribe')}?token=${encodeURIComponent(signToken({ purpose: UNSUBSCRIBE_PURPOSE, subject: email }))}`;
}

export function checkNewsletterToken({ token, purpose, now }: { token: string; purpose: string; now: Date }): TokenCheck {
  return verifyToken({ token, purpose, now });
}
