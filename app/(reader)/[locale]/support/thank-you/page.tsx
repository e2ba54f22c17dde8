// /support/thank-you?session_id=...: the gift as this site recorded it, confirmed from Stripe itself (never the query)
// while the record has no outcome yet.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { getConfig } from '@/lib/config';
import { getClientIp } from '@/lib/http/client-ip';
import { readThankYouCheckout } from '@/lib/memberships/read-thank-you-checkout';
import { listContributionsForCheckout } from '@/lib/memberships/list-contributions-for-checkout';
import { getStripe } from '@/lib/stripe/get-stripe';
import type { CheckoutSummary } from '@/lib/support/describe-checkout';
import { formatMoney, toMajorInput } from '@/lib/support/format-money';
import { APPEAL_COOKIES, RECURRING_GIFT_COOKIE_DAYS } from '@/lib/appeal/appeal-cookies';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { RememberGift } from '@/components/appeal/remember-gift';
import { NewsletterSignup } from '@/components/newsletter-signup';
import { normaliseEmail } from '@/lib/email/normalise-email';
import { formMessage } from '@/lib/http/form-messages';
import { getSupporterStandingByEmail } from '@/lib/reminders/get-supporter-standing';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { isLocale, localePath, moneyLocale, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  return { title: translatorFor(locale, 'support')('thankYou.metaTitle'), robots: { index: false } };
}

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** Whether the address already gives monthly or annually (so a one-off gift is extra, not a first step). */
async function givesRegularly(email: string | null): Promise<boolean> {
  if (!email) return false;
  const address = normaliseEmail(email);
  return Boolean((await getSupporterStandingByEmail([address])).get(address)?.activeRecurring);
}

export default async function ThankYouPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = translatorFor(locale, 'support');
  const money = (minor: number, currency: string) => formatMoney(minor, currency, moneyLocale(locale, currency));
  const query = await searchParams;
  const sessionId = String(query.session_id);
  const summary = await readThankYouCheckout({ sessionId: query.session_id, clientIp: getClientIp(await headers()), stripe: getStripe, database: db });
  if (summary === 'missing') notFound();
  if (summary === 'unavailable') {
    return (
      <div className="max-w-2xl mx-auto">
        <h1 className="font-serif text-4xl font-bold">{t('thankYou.unavailableTitle')}</h1>
        <p className="mt-4" role="status">{t('thankYou.unavailableText')}</p>
      </div>
    );
  }
  if (summary.state === 'open' || summary.state === 'expired') return <NotCompleted summary={summary} locale={locale} />;
  const { PUBLICATION_NAME, REPORT_TIMEZONE } = getConfig();
  const recurring = summary.frequency !== 'once';
  const [payments, alreadyRegular, jar] = await Promise.all([
    listContributionsForCheckout({ checkoutSessionId: sessionId, stripeSubscriptionId: summary.subscriptionId }),
    recurring ? false : givesRegularly(summary.email),
    cookies(),
  ]);
  const newsletterError = query.form === 'newsletter' && typeof query.error === 'string' ? formMessage(query.error, {}, locale) : null;
  // A browser that signed up already is not asked again (unless it is back here with that signup's problem).
  const offerNewsletter = newsletterError !== null || !jar.get(APPEAL_COOKIES.newsletter);
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { dateStyle: 'long', timeZone: REPORT_TIMEZONE });
  const gift = t('thankYou.gift', { amount: money(summary.amount, summary.currency), frequency: summary.frequency });
  // One-off gifts rest the appeal for a while; recurring support for as long as a cookie can vouch for it.
  const giftCookie = {
    cookieName: APPEAL_COOKIES.gave,
    value: `${recurring ? 'recurring' : 'once'}:${summary.startedAtMs}`,
    maxAgeSeconds: (recurring ? RECURRING_GIFT_COOKIE_DAYS : getAppealSettings().hideAfterGiftDays) * 86_400,
  };
  return (
    <div className="max-w-2xl mx-auto">
      {summary.state === 'paid' ? <RememberGift {...giftCookie} /> : null}
      <h1 className="font-serif text-4xl font-bold">{t('thankYou.title', { publication: PUBLICATION_NAME })}</h1>
      {summary.state === 'processing' ? (
        <p className="mt-4 text-lg" role="status">{t.rich('thankYou.processing', { gift, strong })}</p>
      ) : (
        <p className="mt-4 text-lg" role="status">
          {t.rich(summary.frequency === 'once' ? 'thankYou.gaveOnce' : 'thankYou.supporting', { gift, strong })}
          {summary.email ? <> {t('thankYou.receiptTo', { email: summary.email })}</> : null}
        </p>
      )}
      {payments.length > 0 ? (
        <section aria-labelledby="receipts-heading" className="mt-8">
          <h2 id="receipts-heading" className="text-xl font-bold">{t('thankYou.receiptsHeading')}</h2>
          <ul className="mt-2 space-y-1">
            {payments.map((p) => (
              <li key={p.id}>
                {p.receiptUrl ? <a href={p.receiptUrl} className="underline">{t('thankYou.receiptFor', { amount: money(p.amount, p.currency) })}</a> : <>{t('thankYou.paymentOf', { amount: money(p.amount, p.currency) })}</>}
                {p.paidAt ? <> {t('thankYou.paidOn', { date: dateFormat.format(p.paidAt) })}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!recurring && summary.state === 'paid' && !alreadyRegular ? (
        <section aria-labelledby="monthly-heading" className="mt-8 rounded-lg border-2 border-accent bg-white p-6">
          <h2 id="monthly-heading" className="font-serif text-2xl font-bold">{t('thankYou.monthlyHeading')}</h2>
          <p className="mt-2">{t('thankYou.monthlyText')}</p>
          <Link href={localePath(locale, '/support?frequency=monthly#support')} className="mt-4 inline-block rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark">
            {t('thankYou.giveMonthly')}
          </Link>
        </section>
      ) : null}
      {alreadyRegular ? <p className="mt-8">{t('thankYou.onTop')}</p> : null}
      <section aria-labelledby="manage-heading" className="mt-8">
        <h2 id="manage-heading" className="text-xl font-bold">{t('thankYou.manageHeading')}</h2>
        <p className="mt-2">
          {t(recurring ? 'thankYou.manageRecurring' : 'thankYou.manageOnce')}{' '}
          <Link href={localePath(locale, '/account')} className="font-semibold underline">{t('thankYou.manage')}</Link>
          {summary.email ? <> {t('thankYou.signInWith', { email: summary.email })}</> : null}.
        </p>
      </section>
      {offerNewsletter ? (
        <NewsletterSignup locale={locale} source={localePath(locale, `/support/thank-you?session_id=${sessionId}`)} error={newsletterError} />
      ) : null}
      <p className="mt-8">
        <Link href={localePath(locale, summary.articleSlug ? `/articles/${summary.articleSlug}` : '/')} className="underline">
          {t(summary.articleSlug ? 'thankYou.backToStory' : 'thankYou.backToLatest')}
        </Link>
      </p>
    </div>
  );
}

function NotCompleted({ summary, locale }: { summary: CheckoutSummary; locale: Locale }) {
  const t = translatorFor(locale, 'support');
  const keep = new URLSearchParams({ frequency: summary.frequency, amount: toMajorInput(summary.amount, summary.currency), currency: summary.currency });
  const back = `${localePath(locale, summary.articleSlug ? `/articles/${summary.articleSlug}` : '/support')}?${keep}#support`;
  return (
    <div className="max-w-2xl mx-auto">
      <h1 className="font-serif text-4xl font-bold">{t('thankYou.notCompletedTitle')}</h1>
      <p className="mt-4" role="status">
        {t(summary.state === 'expired' ? 'thankYou.expired' : 'thankYou.notCompleted')} {t('thankYou.nothingCharged')}
      </p>
      <p className="mt-4"><Link href={back} className="underline">{t('thankYou.tryAgain')}</Link></p>
    </div>
  );
}
