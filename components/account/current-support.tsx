// "Your support": amount, frequency, next payment (or the day it ends), and the card it is paid with.
import Link from 'next/link';
import { formatDay } from '@/lib/account/format-day';
import { cardBrandName, type CardSummary } from '@/lib/account/get-subscription-card';
import type { SubscriptionRow } from '@/lib/account/get-account-overview';
import { readerMoney } from '@/lib/account/reader-money';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

type Props = { current: SubscriptionRow | null; ended: SubscriptionRow | null; card: CardSummary | null; locale?: Locale };

const frequencyOf = (interval: 'month' | 'year') => (interval === 'month' ? 'monthly' : 'annual');

export function CurrentSupport({ current, ended, card, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'account');
  if (!current) {
    return (
      <div>
        {ended ? (
          <p>
            {t('current.ended', {
              frequency: frequencyOf(ended.interval), amount: readerMoney(ended.amount, ended.currency, locale),
              day: ended.endedAt ? formatDay(ended.endedAt, locale) : 'none',
            })}
          </p>
        ) : (
          <p>{t('current.none')}</p>
        )}
        <p className="mt-3">
          <Link href={localePath(locale, '/support')} className="font-semibold underline">{t('current.start')}</Link>
        </p>
      </div>
    );
  }
  const period = current.currentPeriodEnd;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-semibold">{t('current.amount')}</dt>
      <dd>{readerMoney(current.amount, current.currency, locale)}</dd>
      <dt className="font-semibold">{t('current.frequency')}</dt>
      <dd>{t(`frequencyTitle.${frequencyOf(current.interval)}`)}</dd>
      <dt className="font-semibold">{t('current.status')}</dt>
      <dd>{current.cancelAtPeriodEnd ? t('current.ending') : current.status === 'past_due' ? t('current.pastDue') : t('current.active')}</dd>
      <dt className="font-semibold">{current.cancelAtPeriodEnd ? t('current.endsOn') : t('current.nextPayment')}</dt>
      <dd>{period ? formatDay(period, locale) : t('current.notKnown')}</dd>
      <dt className="font-semibold">{t('current.card')}</dt>
      <dd>{card ? t('current.cardEnding', { brand: cardBrandName(card.brand), last4: card.last4 }) : t('current.cardUnavailable')}</dd>
    </dl>
  );
}
