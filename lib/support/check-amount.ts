// Is this amount acceptable for this currency and frequency? The browser and the server ask the same question.
import { amountRule, minorUnitDigits, type Currency, type Frequency } from './amounts';
import { formatMoney } from './format-money';
import { parseAmount } from './parse-amount';

export type AmountCheck = { ok: true; minor: number } | { ok: false; message: string };

const FREQUENCY_WORDS: Record<Frequency, string> = { once: 'A one-off gift', monthly: 'Monthly support', annual: 'Annual support' };

export function checkAmount(options: { text: string; currency: Currency; frequency: Frequency }): AmountCheck {
  const { currency, frequency } = options;
  const rule = amountRule(currency, frequency);
  const parsed = parseAmount(options.text, minorUnitDigits(currency));
  if (!parsed.ok) {
    switch (parsed.reason) {
      case 'empty':
        return { ok: false, message: 'Choose an amount or enter one under "Other amount".' };
      case 'negative':
        return { ok: false, message: 'Enter an amount greater than zero.' };
      case 'too_many_decimals':
        return { ok: false, message: `Enter the amount with at most ${minorUnitDigits(currency)} decimal places, for example 7.50.` };
      default:
        return { ok: false, message: 'Enter the amount as a number, for example 7 or 7.50.' };
    }
  }
  if (parsed.minor < rule.min) {
    return { ok: false, message: `${FREQUENCY_WORDS[frequency]} starts at ${formatMoney(rule.min, currency)}. Enter ${formatMoney(rule.min, currency)} or more.` };
  }
  if (parsed.minor > rule.max) {
    return { ok: false, message: `The most we can accept online for ${FREQUENCY_WORDS[frequency].toLowerCase()} is ${formatMoney(rule.max, currency)}. For a larger gift, please write to us.` };
  }
  return { ok: true, minor: parsed.minor };
}
