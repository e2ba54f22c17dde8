// "Your support": the running support with its controls; when a reader has more than one running (paid twice, from
// two browsers), each is listed with its own controls and a line saying every one of them is charged.
import { formatDay } from '@/lib/account/format-day';
import type { CardSummary } from '@/lib/account/get-subscription-card';
import type { SubscriptionRow } from '@/lib/account/get-account-overview';
import { formatMoney } from '@/lib/support/format-money';
import { ChangeSupportForm } from './change-support-form';
import { CurrentSupport } from './current-support';
import { ManageCardForm, StopSupportForm } from './stop-support-form';

type Props = {
  running: SubscriptionRow[];
  ended: SubscriptionRow | null;
  cards: Record<string, CardSummary | null>;
  /** The support a refused change was about, and what was typed into its form. */
  about: string | null;
  error?: { field?: string; message: string };
  typed?: { amount?: string; frequency?: string };
};

const describe = (s: SubscriptionRow) => `${formatMoney(s.amount, s.currency.trim().toLowerCase())} ${s.interval === 'month' ? 'monthly' : 'annual'}`;

export function RunningSupports({ running, ended, cards, about, error, typed }: Props) {
  if (running.length <= 1) {
    const current = running[0] ?? null;
    return (
      <>
        <div className="mt-4">
          <CurrentSupport current={current} ended={ended} card={current ? (cards[current.stripeSubscriptionId] ?? null) : null} />
        </div>
        {current ? (
          <>
            {current.cancelAtPeriodEnd ? null : <ChangeSupportForm current={current} error={error} typed={typed} />}
            <StopSupportForm current={current} />
            <ManageCardForm />
          </>
        ) : null}
      </>
    );
  }
  return (
    <>
      <p className="mt-4 rounded border-2 border-accent p-3">
        You have {running.length} recurring supports running, and each one is charged: {running.map(describe).join(' and ')}. If you meant to
        give only once, cancel the one you do not want.
      </p>
      {running.map((s) => {
        const mine = about === s.stripeSubscriptionId;
        const headingId = `support-${s.id}`;
        return (
          <section key={s.id} aria-labelledby={headingId} className="mt-6 border-t border-gray-200 pt-4">
            <h3 id={headingId} className="text-lg font-bold">{describe(s)}, since {formatDay(s.startedAt)}</h3>
            <div className="mt-3">
              <CurrentSupport current={s} ended={null} card={cards[s.stripeSubscriptionId] ?? null} />
            </div>
            {s.cancelAtPeriodEnd ? null : (
              <ChangeSupportForm current={s} idSuffix={`-${s.id}`} headingLevel={4} error={mine ? error : undefined} typed={mine ? typed : undefined} />
            )}
            <StopSupportForm current={s} />
          </section>
        );
      })}
      <ManageCardForm />
    </>
  );
}
