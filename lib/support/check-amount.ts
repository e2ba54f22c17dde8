// Is this amount acceptable for this currency and frequency? The browser and the server ask the same question, and
// both answer with a code from the one message table.
import { formMessage, type MessageParams } from '@/lib/http/form-messages';
import { amountRule, CURRENCIES, minorUnitDigits, type AmountRule, type Currency, type Frequency } from './amounts';
import { formatMoney } from './format-money';
import { parseAmount } from './parse-amount';

type AmountCode = 'amount_missing' | 'amount_negative' | 'amount_too_precise' | 'amount_not_a_number' | 'amount_below_minimum' | 'amount_above_maximum';
export type AmountCheck = { ok: true; minor: number } | { ok: false; code: AmountCode; params: MessageParams; message: string };

const GIFT_WORDS: Record<Frequency, string> = { once: 'A one-off gift', monthly: 'Monthly support', annual: 'Annual support' };

/** The values the amount and currency messages name, from a validated currency and frequency (the page after a
 * plain-form error fills in the same ones). */
export function amountMessageParams(
  currency: Currency,
  frequency: Frequency,
  rule: AmountRule = amountRule(currency, frequency),
  currencies: readonly Currency[] = CURRENCIES,
  wording: { locale?: string; gift?: string } = {},
): MessageParams {
  const gift = wording.gift ?? GIFT_WORDS[frequency];
  return {
    gift,
    giftLower: gift.toLowerCase(),
    minimum: formatMoney(rule.min, currency, wording.locale),
    maximum: formatMoney(rule.max, currency, wording.locale),
    digits: String(minorUnitDigits(currency)),
    currencies: currencies.map((c) => c.toUpperCase()).join(', '),
  };
}

const REASONS = { empty: 'amount_missing', negative: 'amount_negative', too_many_decimals: 'amount_too_precise', not_a_number: 'amount_not_a_number' } as const;

/** `rule` is the published appeal's (or its variant's) rule: every caller names the one the reader was offered. */
export function checkAmount(options: { text: string; currency: Currency; frequency: Frequency; rule: AmountRule }): AmountCheck {
  const { currency, frequency, rule } = options;
  const parsed = parseAmount(options.text, minorUnitDigits(currency));
  let code: AmountCode | null = null;
  if (!parsed.ok) code = REASONS[parsed.reason];
  else if (parsed.minor < rule.min) code = 'amount_below_minimum';
  else if (parsed.minor > rule.max) code = 'amount_above_maximum';
  if (code === null && parsed.ok) return { ok: true, minor: parsed.minor };
  const params = amountMessageParams(currency, frequency, rule);
  return { ok: false, code: code!, params, message: formMessage(code, params)! };
}
