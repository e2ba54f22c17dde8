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

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Whether the address already gives monthly or annually (so a one-off gift is extra, not a first step). */
async function givesRegularly(email: string | null): Promise<boolean> {
  if (!email) return false;
  const address = normaliseEmail(email);
  return Boolean((await getSupporterStandingByEmail([address])).get(address)?.activeRecurring);
}

export default async function ThankYouPage({ searchParams }: Props) {
  const query = await searchParams;
  const sessionId = String(query.session_id);
  const summary = await readThankYouCheckout({ sessionId: query.session_id, clientIp: getClientIp(await headers()), stripe: getStripe, database: db });
  if (summary === 'missing') notFound();
  if (summary === 'unavailable') {
    return (
      <div className="max-w-2xl mx-auto">
        <h1 className="font-serif text-4xl font-bold">We could not confirm your payment just yet</h1>
        <p className="mt-4" role="status">Our payment provider did not answer. If you paid, your gift is safe and a receipt is on its way by email. Reload this page in a minute to see it here.</p>
      </div>
    );
  }
  if (summary.state === 'open' || summary.state === 'expired') return <NotCompleted summary={summary} />;
  const { PUBLICATION_NAME, REPORT_TIMEZONE } = getConfig();
  const recurring = summary.frequency !== 'once';
  const [payments, alreadyRegular, jar] = await Promise.all([
    listContributionsForCheckout({ checkoutSessionId: sessionId, stripeSubscriptionId: summary.subscriptionId }),
    recurring ? false : givesRegularly(summary.email),
    cookies(),
  ]);
  const newsletterError = query.form === 'newsletter' && typeof query.error === 'string' ? formMessage(query.error) : null;
  // A browser that signed up already is not asked again (unless it is back here with that signup's problem).
  const offerNewsletter = newsletterError !== null || !jar.get(APPEAL_COOKIES.newsletter);
  const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: REPORT_TIMEZONE });
  // One-off gifts rest the appeal for a while; recurring support for as long as a cookie can vouch for it.
  const giftCookie = {
    cookieName: APPEAL_COOKIES.gave,
    value: `${recurring ? 'recurring' : 'once'}:${summary.startedAtMs}`,
    maxAgeSeconds: (recurring ? RECURRING_GIFT_COOKIE_DAYS : getAppealSettings().hideAfterGiftDays) * 86_400,
  };
  return (
    <div className="max-w-2xl mx-auto">
      {summary.state === 'paid' ? <RememberGift {...giftCookie} /> : null}
      <h1 className="font-serif text-4xl font-bold">Thank you for supporting {PUBLICATION_NAME}</h1>
      {summary.state === 'processing' ? (
        <p className="mt-4 text-lg" role="status">Your payment of <strong>{summary.gift}</strong> is being processed. We will email you when it has gone through.</p>
      ) : (
        <p className="mt-4 text-lg" role="status">
          {summary.frequency === 'once' ? <>You gave <strong>{summary.gift}</strong>.</> : <>You are now supporting us with <strong>{summary.gift}</strong>.</>}
          {summary.email ? <> A receipt is on its way to {summary.email}.</> : null}
        </p>
      )}
      {payments.length > 0 ? (
        <section aria-labelledby="receipts-heading" className="mt-8">
          <h2 id="receipts-heading" className="text-xl font-bold">Your receipts</h2>
          <ul className="mt-2 space-y-1">
            {payments.map((p) => (
              <li key={p.id}>
                {p.receiptUrl ? <a href={p.receiptUrl} className="underline">Receipt for {formatMoney(p.amount, p.currency)}</a> : <>Payment of {formatMoney(p.amount, p.currency)}</>}
                {p.paidAt ? <> paid on {dateFormat.format(p.paidAt)}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!recurring && summary.state === 'paid' && !alreadyRegular ? (
        <section aria-labelledby="monthly-heading" className="mt-8 rounded-lg border-2 border-accent bg-white p-6">
          <h2 id="monthly-heading" className="font-serif text-2xl font-bold">Could you make it monthly?</h2>
          <p className="mt-2">Regular support lets us plan reporting months ahead. Even a small amount every month goes further than a one-off gift.</p>
          <Link href="/support?frequency=monthly#support" className="mt-4 inline-block rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark">
            Give monthly
          </Link>
        </section>
      ) : null}
      {alreadyRegular ? <p className="mt-8">This gift comes on top of your regular support. Thank you twice over.</p> : null}
      <section aria-labelledby="manage-heading" className="mt-8">
        <h2 id="manage-heading" className="text-xl font-bold">Your support, your way</h2>
        <p className="mt-2">
          {recurring ? 'Change the amount, update your card or stop at any time. ' : 'See every payment and its receipt. '}
          <Link href="/account" className="font-semibold underline">Manage your support</Link>
          {summary.email ? <> (sign in with {summary.email})</> : null}.
        </p>
      </section>
      {offerNewsletter ? (
        <NewsletterSignup source={`/support/thank-you?session_id=${sessionId}`} error={newsletterError} />
      ) : null}
      <p className="mt-8">
        <Link href={summary.articleSlug ? `/articles/${summary.articleSlug}` : '/'} className="underline">
          {summary.articleSlug ? 'Back to the story you were reading' : 'Back to the latest stories'}
        </Link>
      </p>
    </div>
  );
}

function NotCompleted({ summary }: { summary: CheckoutSummary }) {
  const keep = new URLSearchParams({ frequency: summary.frequency, amount: toMajorInput(summary.amount, summary.currency), currency: summary.currency });
  const back = `${summary.articleSlug ? `/articles/${summary.articleSlug}` : '/support'}?${keep}#support`;
  return (
    <div className="max-w-2xl mx-auto">
      <h1 className="font-serif text-4xl font-bold">Your payment has not gone through</h1>
      <p className="mt-4" role="status">
        {summary.state === 'expired' ? 'This payment page expired before it was completed.' : 'The payment was not completed.'} Nothing was charged.
      </p>
      <p className="mt-4"><Link href={back} className="underline">Try again</Link></p>
    </div>
  );
}
