// "Your support": amount, frequency, next payment (or the day it ends), and the card it is paid with.
import Link from 'next/link';
import { formatDay } from '@/lib/account/format-day';
import { cardBrandName, type CardSummary } from '@/lib/account/get-subscription-card';
import type { SubscriptionRow } from '@/lib/account/get-account-overview';
import { formatMoney } from '@/lib/support/format-money';

type Props = { current: SubscriptionRow | null; ended: SubscriptionRow | null; card: CardSummary | null };

const frequencyWord = (interval: 'month' | 'year') => (interval === 'month' ? 'Monthly' : 'Annual');

export function CurrentSupport({ current, ended, card }: Props) {
  if (!current) {
    return (
      <div>
        {ended ? (
          <p>
            Your {frequencyWord(ended.interval).toLowerCase()} support of {formatMoney(ended.amount, ended.currency.trim())} ended
            {ended.endedAt ? ` on ${formatDay(ended.endedAt)}` : ''}. Thank you for everything you gave.
          </p>
        ) : (
          <p>You have no recurring support at the moment.</p>
        )}
        <p className="mt-3">
          <Link href="/support" className="font-semibold underline">Start supporting us</Link>
        </p>
      </div>
    );
  }
  const period = current.currentPeriodEnd;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-semibold">Amount</dt>
      <dd>{formatMoney(current.amount, current.currency.trim())}</dd>
      <dt className="font-semibold">Frequency</dt>
      <dd>{frequencyWord(current.interval)}</dd>
      <dt className="font-semibold">Status</dt>
      <dd>{current.cancelAtPeriodEnd ? 'Ending' : current.status === 'past_due' ? 'Payment overdue: please update your card' : 'Active'}</dd>
      <dt className="font-semibold">{current.cancelAtPeriodEnd ? 'Ends on' : 'Next payment'}</dt>
      <dd>{period ? formatDay(period) : 'Not known yet'}</dd>
      <dt className="font-semibold">Card</dt>
      <dd>{card ? `${cardBrandName(card.brand)} ending in ${card.last4}` : 'Not available right now'}</dd>
    </dl>
  );
}
