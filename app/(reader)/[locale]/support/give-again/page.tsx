// /support/give-again: a signed-in reader who already gives monthly or annually pressed Continue for more recurring
// support; they are told what they already give and may go ahead (a plain form, so it works without JavaScript).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { offerOf, variantConfig } from '@/lib/campaigns/variant-config';
import { findRunningSupport } from '@/lib/memberships/find-running-support';
import { readCarriedChoice, readGiveAgain } from '@/lib/support/read-give-again';
import { readPostedVariant } from '@/lib/support/validate-support-form';
import { formatMoney } from '@/lib/support/format-money';
import { isLocale, localePath, moneyLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale: raw } = await params;
  return { title: translatorFor(isLocale(raw) ? raw : 'en', 'support')('giveAgain.metaTitle'), robots: { index: false } };
}

export default async function GiveAgainPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  const t = translatorFor(locale, 'support');
  const fields = readCarriedChoice(await searchParams);
  const user = await getCurrentUser();
  const offer = offerOf(variantConfig(await getPublishedAppeal(), readPostedVariant(fields)));
  const page = readGiveAgain({ fields, offer, running: user ? await findRunningSupport(user) : [], locale });
  if (!page) redirect(localePath(locale, '/support'));
  const { amount, currency, frequency } = page.choice;
  const another = t('giveAgain.another', { amount: formatMoney(amount, currency, moneyLocale(locale, currency)), frequency });
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="font-serif text-4xl font-bold">{t(page.message ? 'giveAgain.titleAlready' : 'giveAgain.title')}</h1>
      {page.message ? <p>{page.message} {t('giveAgain.thanks')}</p> : null}
      <form method="post" action={localePath(locale, '/support/checkout')} className="space-y-3">
        {Object.entries(page.hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <input type="hidden" name="again" value="yes" />
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-red-900">{t('giveAgain.button', { another })}</button>
      </form>
      <p>
        <Link href={localePath(locale, '/account')} className="underline">{t('giveAgain.change')}</Link>
        {' · '}
        <Link href={page.backTo} className="underline">{t('giveAgain.notNow')}</Link>
      </p>
    </div>
  );
}
