// Every message a form can come back with, by code. A plain-form redirect carries only the code (`?error=amount_below_minimum`)
// and the page shows this table's words for it, so nothing typed into a URL is ever shown as the site's own.
// Values ({minimum}, {day}) are filled in by the caller from validated input or the site's own data. A plain module:
// the browser can use it too. The words live in messages/<locale>/forms.json ("codes"); English is the default.
import enForms from '@/messages/en/forms.json';
import ruForms from '@/messages/ru/forms.json';
import type { Locale } from '@/lib/i18n/locales';

export const FORM_MESSAGES = enForms.codes;

const CODES: Record<Locale, Record<FormMessageCode, string>> = { en: enForms.codes, ru: ruForms.codes as Record<FormMessageCode, string> };

export type FormMessageCode = keyof typeof FORM_MESSAGES;
export type MessageParams = Record<string, string>;

export function isFormMessageCode(value: unknown): value is FormMessageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FORM_MESSAGES, value);
}

/** The words for a code, or null for an unknown code (or one whose values are not all known): nothing is better than a guess. */
export function formMessage(code: unknown, params: MessageParams = {}, locale: Locale = 'en'): string | null {
  if (!isFormMessageCode(code)) return null;
  let missing = false;
  const text = (CODES[locale] ?? CODES.en)[code].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) missing = true;
    return params[name] ?? '';
  });
  return missing ? null : text;
}
