'use client';
// The appeal's interactive part: frequency, amount, currency and Continue. Renders the same markup on the server,
// posts as a plain form without JavaScript, and with it checks the amount before sending and counts the funnel.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FREQUENCY_LABELS, type AmountTable, type Currency, type Frequency } from '@/lib/support/amounts';
import { checkAmount } from '@/lib/support/check-amount';
import { formatMoney, toMajorInput } from '@/lib/support/format-money';
import type { AppealState } from '@/lib/support/read-appeal-state';
import { sendAppealEvent, type EventAttribution } from './send-appeal-event';

type Props = {
  placement: string;
  articleSlug: string | null;
  nonce: string;
  initial: AppealState;
  /** The published appeal's (or its variant's) offer: the same rules the server checks the post against. */
  amounts: AmountTable;
  currencies: readonly Currency[];
  frequencies: readonly Frequency[];
  continueLabel: string;
  belowButton: string;
  attribution: EventAttribution;
};

const pill =
  'flex items-center gap-2 rounded border border-gray-400 bg-white px-3 py-2 cursor-pointer has-[:checked]:border-accent has-[:checked]:bg-red-50 has-[:checked]:font-semibold';

export function AppealForm({ placement, articleSlug, nonce, initial, amounts, currencies, frequencies, continueLabel, belowButton, attribution }: Props) {
  const id = useId();
  const [frequency, setFrequency] = useState<Frequency>(initial.frequency);
  const [currency, setCurrency] = useState<Currency>(initial.currency);
  const [preset, setPreset] = useState<string | null>(initial.preset);
  const [other, setOther] = useState(initial.other);
  const [error, setError] = useState(initial.error);
  const submitted = useRef(false);
  const otherRef = useRef<HTMLInputElement>(null);
  const rule = amounts[currency][frequency];
  const presets = rule.presets.map((minor) => ({ minor, value: toMajorInput(minor, currency) }));

  useEffect(() => {
    // Back from Stripe via the browser's back button: the page may come from the bfcache with the form locked.
    const reset = () => (submitted.current = false);
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);

  function chooseFrequency(next: Frequency) {
    setFrequency(next);
    const nextPresets = amounts[currency][next].presets.map((minor) => toMajorInput(minor, currency));
    if (other === '' && (preset === null || !nextPresets.includes(preset))) setPreset(toMajorInput(amounts[currency][next].default, currency));
    if (error?.field === 'frequency' || error?.field === 'amount') setError(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const check = checkAmount({ text: other.trim() !== '' ? other : (preset ?? ''), currency, frequency, rule });
    if (!check.ok) {
      event.preventDefault();
      setError({ field: 'amount', message: check.message });
      otherRef.current?.focus();
      return;
    }
    if (submitted.current) {
      event.preventDefault();
      return;
    }
    submitted.current = true;
    sendAppealEvent('continue', placement, articleSlug, attribution);
  }

  const errorId = `${id}-error`;
  const fieldError = (field: string) =>
    error && error.field === field ? (
      <p id={errorId} role="alert" className="mt-2 text-sm font-semibold text-red-800">
        {error.message}
      </p>
    ) : null;

  return (
    <form method="post" action="/support/checkout" onSubmit={onSubmit} className="mt-6 space-y-5" noValidate>
      <input type="hidden" name="placement" value={placement} />
      {articleSlug ? <input type="hidden" name="article" value={articleSlug} /> : null}
      <input type="hidden" name="nonce" value={nonce} />
      {attribution.test && attribution.variant ? (
        <>
          <input type="hidden" name="test" value={attribution.test} />
          <input type="hidden" name="variant" value={attribution.variant} />
        </>
      ) : null}
      {attribution.utm ? <input type="hidden" name="utm_source" value={attribution.utm} /> : null}
      {attribution.ref ? <input type="hidden" name="ref" value={attribution.ref} /> : null}

      <fieldset role="radiogroup" aria-labelledby={`${id}-frequency`}>
        <legend id={`${id}-frequency`} className="font-semibold">Frequency</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {frequencies.map((f) => (
            <label key={f} className={pill}>
              <input type="radio" name="frequency" value={f} checked={frequency === f} onChange={() => chooseFrequency(f)} className="accent-accent" />
              {FREQUENCY_LABELS[f]}
            </label>
          ))}
        </div>
        {fieldError('frequency')}
      </fieldset>

      <fieldset role="radiogroup" aria-labelledby={`${id}-amount`}>
        <legend id={`${id}-amount`} className="font-semibold">Amount</legend>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {presets.map(({ minor, value }) => (
            <label key={value} className={pill}>
              <input
                type="radio"
                name="amount"
                value={value}
                checked={other === '' && preset === value}
                onChange={() => {
                  setPreset(value);
                  setOther('');
                  if (error?.field === 'amount') setError(null);
                }}
                className="accent-accent"
              />
              {formatMoney(minor, currency)}
            </label>
          ))}
        </div>
        <div className="mt-3 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor={`${id}-other`} className="block text-sm font-semibold">Other amount</label>
            <input
              ref={otherRef}
              id={`${id}-other`}
              name="other_amount"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={other}
              onChange={(e) => {
                setOther(e.target.value);
                if (error?.field === 'amount') setError(null);
              }}
              aria-invalid={error?.field === 'amount' ? true : undefined}
              aria-describedby={error?.field === 'amount' ? errorId : `${id}-range`}
              className="mt-1 w-36 rounded border border-gray-500 px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor={`${id}-currency`} className="block text-sm font-semibold">Currency</label>
            <select
              id={`${id}-currency`}
              name="currency"
              value={currency}
              onChange={(e) => setCurrency(e.target.value as Currency)}
              className="mt-1 rounded border border-gray-500 bg-white px-3 py-2"
            >
              {currencies.map((c) => (
                <option key={c} value={c}>{c.toUpperCase()}</option>
              ))}
            </select>
          </div>
        </div>
        <p id={`${id}-range`} className="mt-2 text-sm text-muted">
          {FREQUENCY_LABELS[frequency]}: from {formatMoney(rule.min, currency)} to {formatMoney(rule.max, currency)}.
        </p>
        {fieldError('amount')}
        {fieldError('currency')}
      </fieldset>

      <div>
        <button type="submit" className="rounded bg-accent px-6 py-3 text-lg font-semibold text-white hover:bg-red-900">
          {continueLabel}
        </button>
        {belowButton ? <p className="mt-2 text-sm text-muted">{belowButton}</p> : null}
        {error && !['frequency', 'amount', 'currency'].includes(error.field) ? fieldError(error.field) : null}
      </div>
    </form>
  );
}
