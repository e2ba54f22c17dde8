// A signup: records consent (time and page) and emails a confirmation link; a subscribed address gets a note instead.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { newsletterSubscribers } from '@/db/schema';
import { sendEmail } from '@/lib/email/send-email';
import { newsletterConfirmUrl, newsletterUnsubscribeUrl } from './newsletter-links';
import { renderAlreadySubscribedEmail, renderConfirmationEmail } from './render-newsletter-emails';

export type NewsletterSignup = { email: string; sourcePage: string | null; now: Date; appUrl: string; publicationName: string };

// A double-click or a retried request within ten minutes sends one email, not two.
const DEDUPE_WINDOW_MS = 10 * 60_000;

export async function requestNewsletterSignup(signup: NewsletterSignup): Promise<void> {
  const { email, sourcePage, now, appUrl, publicationName } = signup;
  const [row] = await db
    .insert(newsletterSubscribers)
    .values({ email, status: 'pending', sourcePage, consentAt: now, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: newsletterSubscribers.email,
      set: {
        // A confirmed subscriber keeps their original consent; anyone else starts the double opt-in again.
        status: sql`case when ${newsletterSubscribers.status} = 'confirmed' then 'confirmed' else 'pending' end`,
        sourcePage: sql`case when ${newsletterSubscribers.status} = 'confirmed' then ${newsletterSubscribers.sourcePage} else excluded.source_page end`,
        consentAt: sql`case when ${newsletterSubscribers.status} = 'confirmed' then ${newsletterSubscribers.consentAt} else excluded.consent_at end`,
        updatedAt: now,
      },
    })
    .returning({ status: newsletterSubscribers.status });
  const window = Math.floor(now.getTime() / DEDUPE_WINDOW_MS);
  const unsubscribeUrl = newsletterUnsubscribeUrl({ appUrl, email });
  const message =
    row.status === 'confirmed'
      ? renderAlreadySubscribedEmail({ email, appUrl, publicationName, unsubscribeUrl, dedupeKey: `newsletter-known:${email}:${window}` })
      : renderConfirmationEmail({
          email, appUrl, publicationName, unsubscribeUrl,
          confirmUrl: newsletterConfirmUrl({ appUrl, email, now }),
          dedupeKey: `newsletter-confirm:${email}:${window}`,
        });
  await sendEmail(message, { now });
}
