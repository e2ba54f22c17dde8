// The give-again page: the choice carried from the refused checkout, checked again against the offer, and what to tell
// a reader whose recurring support is already running (stored data only; nothing from the URL is shown as words).
import { formMessage } from '@/lib/http/form-messages';
import type { Locale } from '@/lib/i18n/locales';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { appealUrl } from './create-checkout-session';
import { formatMoney } from './format-money';
import { alreadyRunningParams, CARRIED_FIELDS, type RunningSupport } from './start-checkout';
import { validateSupportForm, type SupportChoice, type SupportOffer } from './validate-support-form';

export type GiveAgain = {
  choice: SupportChoice;
  /** The form's fields, posted again with again=yes. */
  hidden: Record<string, string>;
  /** What the reader already gives (null when they give nothing recurring, e.g. signed out). */
  message: string | null;
  /** "$15 monthly". */
  another: string;
  backTo: string;
};

export function readCarriedChoice(searchParams: SearchParams): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of CARRIED_FIELDS) {
    const value = firstParam(searchParams[key]);
    if (value !== undefined && value.length <= 120) fields[key] = value;
  }
  return fields;
}

export function readGiveAgain(options: { fields: Record<string, string>; offer: SupportOffer; running: RunningSupport[]; locale?: Locale }): GiveAgain | null {
  const result = validateSupportForm(options.fields, options.offer);
  if (!result.ok || result.choice.frequency === 'once') return null;
  const { choice } = result;
  return {
    choice,
    hidden: options.fields,
    message: options.running.length > 0 ? formMessage('support_already_running', alreadyRunningParams(options.running, choice, options.locale), options.locale) : null,
    another: `${formatMoney(choice.amount, choice.currency)} ${choice.frequency}`,
    backTo: appealUrl(choice),
  };
}
