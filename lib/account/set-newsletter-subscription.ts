// The account page's newsletter switch. A signed-in reader proved their address by the sign-in link,
// so switching on confirms at once; switching off unsubscribes.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { newsletterSubscribers } from '@/db/schema';
import { failureFromIssue } from '@/lib/http/failure-response';
import type { AccountActionResult, AccountUser } from './account-types';
import { normaliseEmail } from '@/lib/email/normalise-email';

const fieldsSchema = z.object({ newsletter: z.enum(['on', 'off'], { error: 'newsletter_choice_invalid' }) });

export async function setNewsletterSubscription(options: { user: AccountUser; fields: Record<string, string>; now: Date }): Promise<AccountActionResult> {
  const parsed = fieldsSchema.safeParse(options.fields);
  if (!parsed.success) return failureFromIssue(parsed.error.issues[0], 'newsletter');
  const email = normaliseEmail(options.user.email);
  const { now } = options;
  if (parsed.data.newsletter === 'off') {
    await db
      .update(newsletterSubscribers)
      .set({ status: 'unsubscribed', unsubscribedAt: now, updatedAt: now })
      .where(eq(newsletterSubscribers.email, email));
    return { ok: true, notice: 'newsletter_off' };
  }
  await db
    .insert(newsletterSubscribers)
    .values({ email, status: 'confirmed', sourcePage: '/account', consentAt: now, confirmedAt: now })
    .onConflictDoUpdate({
      target: newsletterSubscribers.email,
      set: { status: 'confirmed', consentAt: now, confirmedAt: now, unsubscribedAt: null, updatedAt: now },
    });
  return { ok: true, notice: 'newsletter_on' };
}
