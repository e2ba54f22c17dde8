// Change the amount or the frequency of recurring support (a plain form; the same amounts as the appeal).
import type { SupportChangeRules } from '@/lib/account/support-change-rules';
import { isCurrency } from '@/lib/support/amounts';
import { formatMoney, toMajorInput } from '@/lib/support/format-money';
import type { SubscriptionRow } from '@/lib/account/get-account-overview';

type Props = {
  current: SubscriptionRow;
  /** The amounts it may change to: the published appeal's, which the server checks too. */
  rules: SupportChangeRules;
  error?: { field?: string; message: string };
  /** What the reader typed before a refusal, shown again. */
  typed?: { amount?: string; frequency?: string };
  /** Keeps ids unique when several supports are listed, each with its form. */
  idSuffix?: string;
  headingLevel?: 3 | 4;
};

export function ChangeSupportForm({ current, rules, error, typed, idSuffix = '', headingLevel = 3 }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const id = (name: string) => `${name}${idSuffix}`;
  const currency = current.currency.trim().toLowerCase();
  if (!isCurrency(currency)) return null;
  const frequency = typed?.frequency === 'monthly' || typed?.frequency === 'annual' ? typed.frequency : current.interval === 'month' ? 'monthly' : 'annual';
  const { monthly, annual } = rules;
  const amountError = error?.field === 'amount' ? error.message : null;
  return (
    <form method="post" action="/api/account/subscription" aria-labelledby={id('change-heading')} className="mt-4 space-y-4" noValidate>
      <Heading id={id('change-heading')} className="text-lg font-bold">Change your support</Heading>
      <input type="hidden" name="subscription" value={current.stripeSubscriptionId} />
      <fieldset>
        <legend className="font-semibold">Frequency</legend>
        <div className="mt-2 flex gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="monthly" defaultChecked={frequency === 'monthly'} className="accent-accent" /> Monthly
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="annual" defaultChecked={frequency === 'annual'} className="accent-accent" /> Annual
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor={id('change-amount')} className="block font-semibold">Amount ({currency.toUpperCase()})</label>
        <input
          id={id('change-amount')}
          name="amount"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={typed?.amount ?? toMajorInput(current.amount, currency)}
          aria-invalid={amountError ? true : undefined}
          aria-describedby={amountError ? id('change-amount-error') : id('change-amount-range')}
          className="mt-1 w-36 rounded border border-gray-500 px-3 py-2"
        />
        <p id={id('change-amount-range')} className="mt-1 text-sm text-muted">
          Monthly from {formatMoney(monthly.min, currency)} to {formatMoney(monthly.max, currency)}; annual from {formatMoney(annual.min, currency)} to {formatMoney(annual.max, currency)}.
          A new amount applies from your next payment, with nothing extra now. Switching between monthly and annual starts a new period
          today and is charged at once, less the unused part of this one: you see the exact amount and confirm it before anything is charged.
        </p>
        {amountError ? (
          <p id={id('change-amount-error')} role="alert" className="mt-1 text-sm font-semibold text-red-800">{amountError}</p>
        ) : null}
      </div>
      <button type="submit" className="rounded bg-ink px-5 py-2 font-semibold text-white hover:bg-gray-800">
        Change support
      </button>
    </form>
  );
}
