// The appeal's starting state from the query string: the choice kept after a cancel or an error, and the message for
// the error's code (never words from the URL itself).
import { firstParam as first, type SearchParams } from '@/lib/http/first-param';
import { formMessage } from '@/lib/http/form-messages';
import { CURRENCIES, DEFAULT_FREQUENCY, FREQUENCIES, isFrequency, SUPPORT_AMOUNTS, type AmountTable, type Currency, type Frequency } from './amounts';
import { amountMessageParams } from './check-amount';
import { parseAmount } from './parse-amount';
import { toMajorInput } from './format-money';

export type AppealSearchParams = SearchParams;

export type AppealState = {
  frequency: Frequency;
  currency: Currency;
  /** Major-unit text of the selected preset, or null when "Other amount" is used. */
  preset: string | null;
  other: string;
  error: { field: string; message: string } | null;
};

const FIELDS = ['frequency', 'currency', 'amount', 'placement', 'article', 'form'];

/** What the reader is offered: the published appeal's (or its variant's) amounts, frequencies and currencies. */
export type AppealOffer = { amounts: AmountTable; frequencies: readonly Frequency[]; currencies: readonly Currency[]; defaultFrequency: Frequency };
const BUILT_IN: AppealOffer = { amounts: SUPPORT_AMOUNTS, frequencies: FREQUENCIES, currencies: CURRENCIES, defaultFrequency: DEFAULT_FREQUENCY };

export function readAppealState(searchParams: AppealSearchParams, currency: Currency, offer: AppealOffer = BUILT_IN): AppealState {
  const requested = first(searchParams.frequency);
  const frequency = isFrequency(requested) && offer.frequencies.includes(requested) ? requested : offer.defaultFrequency;
  const rule = offer.amounts[currency][frequency];
  const amount = first(searchParams.amount)?.slice(0, 30) ?? '';
  const parsed = amount ? parseAmount(amount) : null;
  const matchesPreset = parsed?.ok && rule.presets.includes(parsed.minor);
  // Only this form's messages: other forms on the page (newsletter, reminder) use the same query names.
  const message = first(searchParams.appeal) === '1' ? formMessage(first(searchParams.error), amountMessageParams(currency, frequency, rule, offer.currencies)) : null;
  const field = first(searchParams.field);
  return {
    frequency,
    currency,
    preset: matchesPreset && parsed?.ok ? toMajorInput(parsed.minor, currency) : amount ? null : toMajorInput(rule.default, currency),
    other: matchesPreset ? '' : amount,
    error: message ? { field: field && FIELDS.includes(field) ? field : 'form', message } : null,
  };
}
