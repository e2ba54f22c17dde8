// A signup: records consent (time and page) and emails a confirmation link; a subscribed address gets a note instead.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { newsletterSubscribers } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { sendEmail } from '@/lib/email/send-email';
import { newsletterConfirmUrl, newsletterUnsubscribeUrl } from './newsletter-links';
import { renderAlreadySubscribedEmail, renderConfirmationEmail } from './render-newsletter-emails';

/** `locale`: the language of the page the reader signed up on; their emails are written in it. */
export type NewsletterSignup = { email: string; sourcePage: string | null; now: Date; appUrl: string; publicationName: string; locale?: Locale };

// A double-click or a retried request within ten minutes sends one email, not two.
const DEDUPE_WINDOW_MS = 10 * 60_000;

export async function requestNewsletterSignup(signup: NewsletterSignup): Promise<void> {
  const { email, sourcePage, now, appUrl, publicationName } = signup;
  const locale = signup.locale ?? 'en';
  const [row] = await db
    .insert(newsletterSubscribers)
    .values({ email, status: 'pending', sourcePage, locale, consentAt: now, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: newsletterSubscribers.email,
      set: {
        // A confirmed subscriber keeps their original consent; anyone else starts the double opt-in again.
        status: sql`case when ${newsletterSubscribers.status} = 'confirmed' then 'confirmed' else 'pending' end`,
        sourcePage: sql`case when ${newsletterSubscribers.status} = 'confirmed' then ${newsletterSubscribers.sourcePage} else excluded.source_page end`,
        consentAt: sql`case when ${newsletterSubscribers.status} = 'confirmed' then ${newsletterSubscribers.consentAt} else excluded.consent_at end`,
        // The language the reader last asked in.
        locale,
        updatedAt: now,
      },
    })
    .returning({ status: newsletterSubscribers.status, locale: newsletterSubscribers.locale });
  const language: Locale = row.locale === 'ru' ? 'ru' : 'en';
  const window = Math.floor(now.getTime() / DEDUPE_WINDOW_MS);
  const unsubscribeUrl = newsletterUnsubscribeUrl({ appUrl, email, locale: language });
  const message =
    row.status === 'confirmed'
      ? renderAlreadySubscribedEmail({ email, appUrl, publicationName, unsubscribeUrl, locale: language, dedupeKey: `newsletter-known:${email}:${window}` })
      : renderConfirmationEmail({
          email, appUrl, publicationName, unsubscribeUrl, locale: language,
          confirmUrl: newsletterConfirmUrl({ appUrl, email, now, locale: language }),
          dedupeKey: `newsletter-confirm:${email}:${window}`,
        });
  await sendEmail(message, { now });
}
