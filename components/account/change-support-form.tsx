// Change the amount or the frequency of recurring support (a plain form; the same amounts as the appeal).
import type { SupportChangeRules } from '@/lib/account/support-change-rules';
import { readerMoney } from '@/lib/account/reader-money';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { isCurrency } from '@/lib/support/amounts';
import { toMajorInput } from '@/lib/support/format-money';
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
  locale?: Locale;
};

export function ChangeSupportForm({ current, rules, error, typed, idSuffix = '', headingLevel = 3, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'account');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const id = (name: string) => `${name}${idSuffix}`;
  const currency = current.currency.trim().toLowerCase();
  if (!isCurrency(currency)) return null;
  const frequency = typed?.frequency === 'monthly' || typed?.frequency === 'annual' ? typed.frequency : current.interval === 'month' ? 'monthly' : 'annual';
  const { monthly, annual } = rules;
  const money = (minor: number) => readerMoney(minor, currency, locale);
  const amountError = error?.field === 'amount' ? error.message : null;
  return (
    <form method="post" action="/api/account/subscription" aria-labelledby={id('change-heading')} className="mt-4 space-y-4" noValidate>
      <Heading id={id('change-heading')} className="text-lg font-bold">{t('change.heading')}</Heading>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="subscription" value={current.stripeSubscriptionId} />
      <fieldset>
        <legend className="font-semibold">{t('change.frequency')}</legend>
        <div className="mt-2 flex gap-4">
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="monthly" defaultChecked={frequency === 'monthly'} className="accent-accent" /> {t('change.monthly')}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="frequency" value="annual" defaultChecked={frequency === 'annual'} className="accent-accent" /> {t('change.annual')}
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor={id('change-amount')} className="block font-semibold">{t('change.amount', { currency: currency.toUpperCase() })}</label>
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
          {t('change.range', { monthlyMin: money(monthly.min), monthlyMax: money(monthly.max), annualMin: money(annual.min), annualMax: money(annual.max) })}
        </p>
        {amountError ? (
          <p id={id('change-amount-error')} role="alert" className="mt-1 text-sm font-semibold text-red-800">{amountError}</p>
        ) : null}
      </div>
      <button type="submit" className="rounded bg-ink px-5 py-2 font-semibold text-white hover:bg-gray-800">
        {t('change.submit')}
      </button>
    </form>
  );
}
