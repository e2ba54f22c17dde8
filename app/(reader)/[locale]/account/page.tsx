// /account: the signed-in reader's support, payments with receipts, newsletter switch, and their data.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AccountMessage } from '@/components/account/account-message';
import { ContributionsList } from '@/components/account/contributions-list';
import { NewsletterSwitch } from '@/components/account/newsletter-switch';
import { RunningSupports } from '@/components/account/running-supports';
import { YourData } from '@/components/account/your-data';
import { ReaderStateSync } from '@/components/account/reader-state-sync';
import { readAccountAppealState } from '@/lib/appeal/reader-state-cookies';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { readAccountMessages } from '@/lib/account/read-account-messages';
import { readPendingSwitch } from '@/lib/account/read-pending-switch';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { firstParam } from '@/lib/http/first-param';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page-locale';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: translatorFor(await pageLocale({ params }), 'account')('title'), robots: { index: false } };
}

const first = (value: string | string[] | undefined) => firstParam(value)?.slice(0, 300);

export default async function AccountPage({ params: routeParams, searchParams }: Props) {
  const locale = await pageLocale({ params: routeParams });
  const t = translatorFor(locale, 'account');
  const user = await getCurrentUser();
  if (!user) redirect(`${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(localePath(locale, '/account'))}`);
  const params = await searchParams;
  const overview = await getAccountOverview(user);
  const { supporter } = await readAccountAppealState({ user, now: new Date(), secure: false });
  // The support a notice or error is about: one of the reader's own (named by its id), else the newest.
  const about = overview.running.find((s) => s.stripeSubscriptionId === first(params.subscription)) ?? overview.current;
  const query = { notice: first(params.notice), error: first(params.error), field: first(params.field), frequency: first(params.frequency), amount: first(params.amount), subscription: first(params.subscription) };
  const messages = readAccountMessages(query, about, overview.contributions, locale);
  const pending = await readPendingSwitch(user, query, locale);
  const fieldError = messages.error ?? undefined;
  const field = messages.error?.field;
  return (
    <div className="mx-auto max-w-2xl">
      <ReaderStateSync supporter={supporter} />
      <h1 className="font-serif text-4xl font-bold">{t('heading')}</h1>
      <p className="mt-2 text-muted">
        {t.rich('signedInAs', {
          email: user.email,
          strong: (chunks) => <strong className="text-ink">{chunks}</strong>,
          link: (chunks) => <Link href={localePath(locale, '/signout')} className="underline">{chunks}</Link>,
        })}
      </p>
      <AccountMessage notice={messages.notice ?? undefined} error={field === 'amount' || field === 'confirm' ? undefined : messages.error?.message} />

      <AccountSection name="support" heading={t('supportHeading')} id="support-settings">
        <RunningSupports
          running={overview.running} ended={overview.ended} cards={overview.cards} changeRules={overview.changeRules} pending={pending} about={about?.stripeSubscriptionId ?? null}
          error={fieldError} typed={field === 'amount' ? { amount: first(params.amount), frequency: first(params.frequency) } : undefined} locale={locale}
        />
      </AccountSection>
      <AccountSection name="payments" heading={t('paymentsHeading')} className="mt-4 overflow-x-auto">
        <ContributionsList contributions={overview.contributions} locale={locale} />
      </AccountSection>
      <AccountSection name="newsletter" heading={t('newsletterHeading')} className="mt-4">
        <NewsletterSwitch status={overview.newsletter} locale={locale} />
      </AccountSection>
      <AccountSection name="data" heading={t('dataHeading')} className="mt-4">
        <YourData hasSupport={Boolean(overview.current)} error={fieldError} locale={locale} />
      </AccountSection>
    </div>
  );
}

/** One part of the account page under its heading; `className` wraps the content when it needs a box of its own. */
function AccountSection({ name, heading, id, className, children }: { name: string; heading: string; id?: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${name}-heading`} id={id} className="mt-10 border-t border-gray-300 pt-6">
      <h2 id={`${name}-heading`} className="font-serif text-2xl font-bold">{heading}</h2>
      {className ? <div className={className}>{children}</div> : children}
    </section>
  );
}
