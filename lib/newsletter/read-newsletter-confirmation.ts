// What a confirmation link stands for, read without changing anything (mail scanners fetch links): the address, or why
// the link no longer works.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { newsletterSubscribers } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { checkNewsletterToken, CONFIRM_PURPOSE } from './newsletter-links';

export const CONFIRM_LINK_MESSAGES = {
  expired: 'This confirmation link has expired. Sign up again and we will send a new one.',
  invalid: 'This confirmation link is not valid. Copy the whole link from the email, or sign up again.',
  stale: 'This confirmation link is no longer valid. Sign up again to get the newsletter.',
} as const;

const REASON_KEYS = { expired: 'linkError.newsletterExpired', invalid: 'linkError.newsletterInvalid', stale: 'linkError.newsletterStale' } as const;

/** CONFIRM_LINK_MESSAGES in a language (messages/<locale>/forms.json). */
export function confirmLinkMessage(reason: keyof typeof CONFIRM_LINK_MESSAGES, locale: Locale = 'en'): string {
  return translatorFor(locale, 'forms')(REASON_KEYS[reason]);
}

export type NewsletterConfirmation = { ok: true; email: string } | { ok: false; message: string };

export async function readNewsletterConfirmation({ token, now, locale = 'en' }: { token: string; now: Date; locale?: Locale }): Promise<NewsletterConfirmation> {
  const check = checkNewsletterToken({ token, purpose: CONFIRM_PURPOSE, now });
  if (!check.ok) return { ok: false, message: confirmLinkMessage(check.reason, locale) };
  const [row] = await db.select({ status: newsletterSubscribers.status }).from(newsletterSubscribers).where(eq(newsletterSubscribers.email, check.subject));
  // An unsubscribed reader's old confirmation link must not sign them up again.
  if (row?.status !== 'pending' && row?.status !== 'confirmed') return { ok: false, message: confirmLinkMessage('stale', locale) };
  return { ok: true, email: check.subject };
}
