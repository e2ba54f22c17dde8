// Every gift the reader has made, newest first, each with its receipt from Stripe.
import { formatDay } from '@/lib/account/format-day';
import type { ContributionRow } from '@/lib/account/get-account-overview';
import { readerMoney } from '@/lib/account/reader-money';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

const KINDS = ['once', 'monthly', 'annual'] as const;
const STATUSES = ['processing', 'paid', 'failed', 'refunded', 'partially_refunded', 'disputed'] as const;

export function ContributionsList({ contributions, locale = 'en' }: { contributions: ContributionRow[]; locale?: Locale }) {
  const t = translatorFor(locale, 'account');
  if (contributions.length === 0) return <p>{t('payments.none')}</p>;
  const kind = (frequency: string) => ((KINDS as readonly string[]).includes(frequency) ? t(`payments.kind.${frequency as (typeof KINDS)[number]}`) : frequency);
  const status = (value: string) => ((STATUSES as readonly string[]).includes(value) ? t(`payments.statuses.${value as (typeof STATUSES)[number]}`) : value);
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t('payments.caption')}</caption>
      <thead>
        <tr className="border-b border-gray-400">
          <th scope="col" className="py-2 pr-4">{t('payments.date')}</th>
          <th scope="col" className="py-2 pr-4">{t('payments.amount')}</th>
          <th scope="col" className="py-2 pr-4">{t('payments.type')}</th>
          <th scope="col" className="py-2 pr-4">{t('payments.status')}</th>
          <th scope="col" className="py-2">{t('payments.receipt')}</th>
        </tr>
      </thead>
      <tbody>
        {contributions.map((c) => {
          const when = c.paidAt ?? c.failedAt ?? c.createdAt;
          const amount = readerMoney(c.amount, c.currency, locale);
          const day = formatDay(when, locale);
          return (
            <tr key={c.id} className="border-b border-gray-200">
              <td className="py-2 pr-4">{day}</td>
              <td className="py-2 pr-4">{amount}</td>
              <td className="py-2 pr-4">{kind(c.frequency)}</td>
              <td className="py-2 pr-4">{status(c.status)}</td>
              <td className="py-2">
                {c.receiptUrl ? (
                  <a href={c.receiptUrl} className="underline" aria-label={t('payments.receiptFor', { amount, day })}>{t('payments.receipt')}</a>
                ) : (
                  <span className="text-muted">{t('payments.notAvailable')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
