// The thank-you email on a supporter's first gift, with a link to their account, in the language the reader gave in.
// Once per supporter, ever.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@/db/client';
import { checkoutSessions, supporters } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { escapeHtml } from '@/lib/email/escape-html';
import { queueEmails } from '@/lib/email/queue-emails';
import { isLocale, localePath, moneyLocale, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { formatMoney } from '@/lib/support/format-money';

export type ThankYouInput = {
  supporterId: number;
  amount: number;
  currency: string;
  frequency: 'once' | 'monthly' | 'annual';
  /** The checkout's language, from the payment's or subscription's Stripe metadata (the checkout put it there). */
  locale?: string | null;
  /** The Checkout Session the payment came from, when known: its row records the language the checkout started in. */
  checkoutSessionId?: string | null;
  now?: Date;
};

export function renderThankYouEmail(options: { publicationName: string; appUrl: string; name: string | null; gift: string; frequency: ThankYouInput['frequency']; locale?: Locale }) {
  const { publicationName: publication, appUrl, gift, frequency } = options;
  const locale = options.locale ?? 'en';
  const t = translatorFor(locale, 'emails');
  const accountUrl = `${appUrl}${localePath(locale, '/account')}`;
  const greeting = options.name ? t('thankYou.greetingNamed', { name: options.name }) : t('thankYou.greeting');
  const lines = [
    t('thankYou.thanks', { frequency, gift, publication }),
    t('thankYou.account'),
    t('thankYou.signIn', { url: accountUrl }),
  ];
  const subject = t('thankYou.subject', { publication });
  const text = [greeting, '', ...lines.flatMap((l) => [l, '']), t('thankYou.accountLink', { url: accountUrl }), '', `${publication}`].join('\n');
  const esc = escapeHtml;
  const html = `<!doctype html><html lang="${esc(locale)}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="font-family:Georgia,serif;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px">
<p>${esc(greeting)}</p>
${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}
<p><a href="${esc(accountUrl)}">${esc(t('thankYou.accountButton'))}</a></p>
<p>${esc(publication)}</p>
</body></html>`;
  return { subject, text, html };
}

/** The language to thank in, whichever webhook arrives first: the payment's own metadata (set by the checkout), else
 * the checkout's row (recorded when it started), else the supporter's (copied from their checkout), else English. */
async function thankYouLocale(database: Database | Transaction, input: ThankYouInput, supporterLocale: string | null): Promise<Locale> {
  if (isLocale(input.locale)) return input.locale;
  if (input.checkoutSessionId) {
    const [row] = await database.select({ locale: checkoutSessions.locale }).from(checkoutSessions)
      .where(eq(checkoutSessions.stripeCheckoutSessionId, input.checkoutSessionId)).limit(1);
    if (isLocale(row?.locale)) return row.locale;
  }
  return isLocale(supporterLocale) ? supporterLocale : 'en';
}

/** Queues the message in the caller's transaction (the webhook's), so it exists only if the gift does; the outbox
 * job delivers it. Keyed by supporter, not by payment: only the first gift is thanked this way. */
export async function queueThankYouEmail(database: Database | Transaction, input: ThankYouInput): Promise<void> {
  const [supporter] = await database.select().from(supporters).where(eq(supporters.id, input.supporterId)).limit(1);
  if (!supporter?.email || supporter.anonymisedAt) return;
  const { PUBLICATION_NAME, APP_URL } = getConfig();
  const locale = await thankYouLocale(database, input, supporter.locale);
  const currency = input.currency.trim().toLowerCase();
  const message = renderThankYouEmail({
    publicationName: PUBLICATION_NAME, appUrl: APP_URL, name: supporter.name, locale,
    gift: formatMoney(input.amount, currency, moneyLocale(locale, currency)), frequency: input.frequency,
  });
  const email = { to: supporter.email, ...message, dedupeKey: `thank-you:supporter:${supporter.id}` };
  await queueEmails([email], { now: input.now ?? new Date(), executor: database });
}
