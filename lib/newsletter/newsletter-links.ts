// Signed links in newsletter emails: confirm (expires after a week) and unsubscribe (never expires).
import { signToken, verifyToken, type TokenCheck } from '@/lib/email/signed-token';

export const CONFIRM_PURPOSE = 'newsletter-confirm';
export const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe';
export const CONFIRM_LINK_DAYS = 7;

export function newsletterConfirmUrl({ appUrl, email, now }: { appUrl: string; email: string; now: Date }): string {
  const token = signToken({ purpose: CONFIRM_PURPOSE, subject: email, expiresAt: new Date(now.getTime() + CONFIRM_LINK_DAYS * 86_400_000) });
  return `${appUrl}/newsletter/confirm?token=${encodeURIComponent(token)}`;
}

export function newsletterUnsubscribeUrl({ appUrl, email }: { appUrl: string; email: string }): string {
  return `${appUrl}/newsletter/unsubscribe?token=${encodeURIComponent(signToken({ purpose: UNSUBSCRIBE_PURPOSE, subject: email }))}`;
}

export function checkNewsletterToken({ token, purpose, now }: { token: string; purpose: string; now: Date }): TokenCheck {
  return verifyToken({ token, purpose, now });
}
