// The settings form's fields (plain strings, as a browser posts them) to and from the appeal's config. The staff editor
// runs readAppealForm as they type and the server runs it again on every post: one set of rules, two checks.
import { CURRENCIES, FREQUENCIES, FREQUENCY_LABELS, minorUnitDigits, type Currency, type Frequency } from '@/lib/support/amounts';
import { toMajorInput } from '@/lib/support/format-money';
import { parseAmount } from '@/lib/support/parse-amount';
import { checkAppealConfig, type AppealConfig, type CampaignAmountRule } from './appeal-config';

export type AmountField = keyof CampaignAmountRule;
export type AppealFormFields = Record<string, string>;
export type AppealFormResult = { ok: true; config: AppealConfig } | { ok: false; errors: Record<string, string> };

const AMOUNT_WORDS: Record<AmountField, string> = { presets: 'amounts', default: 'default', min: 'minimum', max: 'maximum' };
export const AMOUNT_FIELDS = Object.keys(AMOUNT_WORDS) as AmountField[];

export function amountFieldName(currency: Currency, frequency: Frequency, field: AmountField): string {
  return `${currency}-${frequency}-${field}`;
}

/** The accessible name of an amount box: "Monthly amounts (EUR)", "Monthly minimum (EUR)". */
export function amountFieldLabel(currency: Currency, frequency: Frequency, field: AmountField): string {
  return `${FREQUENCY_LABELS[frequency]} ${AMOUNT_WORDS[field]} (${currency.toUpperCase()})`;
}

export const offerFieldName = (value: Frequency | Currency): string => `offer-${value}`;

/** The accessible names of the copy's boxes (the contract names "Heading" and "Letter"). */
export const COPY_FIELD_LABELS: Record<string, string> = {
  heading: 'Heading',
  letter: 'Letter',
  highlight: 'Highlighted sentence',
  signatureName: 'Signature name',
  signatureRole: 'Signature role',
  signaturePhoto: 'Signature photo address',
  continueLabel: 'Button label',
  belowButton: 'Line under the button',
  defaultFrequency: 'Default frequency',
  // The Russian letter's boxes are named in Russian (and marked lang="ru"): they hold Russian text for /ru/ pages.
  ru_heading: 'Заголовок',
  ru_letter: 'Письмо',
  ru_highlight: 'Выделенная фраза',
  ru_signatureName: 'Подпись: имя',
  ru_signatureRole: 'Подпись: должность',
  ru_continueLabel: 'Текст кнопки',
  ru_belowButton: 'Строка под кнопкой',
};

/** The Russian letter's fields, named after the English ones with a "ru_" prefix. */
export const RUSSIAN_COPY_FIELDS = ['ru_heading', 'ru_letter', 'ru_highlight', 'ru_signatureName', 'ru_signatureRole', 'ru_continueLabel', 'ru_belowButton'] as const;

/** A field's name for people, for any field the form has. */
export function formFieldLabel(name: string): string {
  if (COPY_FIELD_LABELS[name]) return COPY_FIELD_LABELS[name];
  const offer = /^offer-(\w+)$/.exec(name);
  if (offer) return `Offered: ${FREQUENCY_LABELS[offer[1] as Frequency] ?? offer[1].toUpperCase()}`;
  const [currency, frequency, field] = name.split('-') as [Currency, Frequency, AmountField];
  return AMOUNT_WORDS[field] ? amountFieldLabel(currency, frequency, field) : name;
}

/** The letter is one text box; a blank line starts a new paragraph. */
export function splitLetter(letter: string): string[] {
  return letter.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

export function configToFormFields(config: AppealConfig): AppealFormFields {
  const fields: AppealFormFields = {
    heading: config.heading,
    letter: config.paragraphs.join('\n\n'),
    highlight: config.highlight,
    signatureName: config.signature.name,
    signatureRole: config.signature.role,
    signaturePhoto: config.signature.photoUrl ?? '',
    continueLabel: config.continueLabel,
    belowButton: config.belowButton,
    defaultFrequency: config.defaultFrequency,
    ru_heading: config.translations.ru.heading,
    ru_letter: config.translations.ru.paragraphs.join('\n\n'),
    ru_highlight: config.translations.ru.highlight,
    ru_signatureName: config.translations.ru.signature.name,
    ru_signatureRole: config.translations.ru.signature.role,
    ru_continueLabel: config.translations.ru.continueLabel,
    ru_belowButton: config.translations.ru.belowButton,
  };
  for (const offered of [...config.frequencies, ...config.currencies]) fields[offerFieldName(offered)] = 'on';
  for (const currency of CURRENCIES) {
    for (const frequency of FREQUENCIES) {
      const rule = config.amounts[currency][frequency];
      fields[amountFieldName(currency, frequency, 'presets')] = rule.presets.map((p) => toMajorInput(p, currency)).join(', ');
      for (const field of ['default', 'min', 'max'] as const) fields[amountFieldName(currency, frequency, field)] = toMajorInput(rule[field], currency);
    }
  }
  return fields;
}

/** Reads the posted fields into a config and checks it; errors are keyed by the form field they belong to. */
export function readAppealForm(fields: AppealFormFields): AppealFormResult {
  const errors: Record<string, string> = {};
  const amounts = {} as AppealConfig['amounts'];
  for (const currency of CURRENCIES) {
    amounts[currency] = {} as AppealConfig['amounts'][Currency];
    for (const frequency of FREQUENCIES) {
      const rule = {} as CampaignAmountRule;
      for (const field of AMOUNT_FIELDS) {
        const name = amountFieldName(currency, frequency, field);
        const read = readAmounts(fields[name] ?? '', currency, field === 'presets');
        if (typeof read === 'string') errors[name] = `${amountFieldLabel(currency, frequency, field)}: ${read}`;
        else if (field === 'presets') rule.presets = read;
        else rule[field] = read[0];
      }
      amounts[currency][frequency] = rule;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const photo = fields.signaturePhoto?.trim() ?? '';
  const candidate = {
    heading: fields.heading ?? '',
    paragraphs: splitLetter(fields.letter ?? ''),
    highlight: fields.highlight ?? '',
    signature: { name: fields.signatureName ?? '', role: fields.signatureRole ?? '', photoUrl: photo === '' ? null : photo },
    continueLabel: fields.continueLabel ?? '',
    belowButton: fields.belowButton ?? '',
    defaultFrequency: fields.defaultFrequency,
    frequencies: FREQUENCIES.filter((f) => fields[offerFieldName(f)] === 'on'),
    currencies: CURRENCIES.filter((c) => fields[offerFieldName(c)] === 'on'),
    amounts,
    // A post without the Russian boxes (an older editor) keeps the built-in Russian letter rather than failing.
    ...(RUSSIAN_COPY_FIELDS.some((name) => name in fields)
      ? {
          translations: {
            ru: {
              heading: fields.ru_heading ?? '',
              paragraphs: splitLetter(fields.ru_letter ?? ''),
              highlight: fields.ru_highlight ?? '',
              signature: { name: fields.ru_signatureName ?? '', role: fields.ru_signatureRole ?? '' },
              continueLabel: fields.ru_continueLabel ?? '',
              belowButton: fields.ru_belowButton ?? '',
            },
          },
        }
      : {}),
  };
  const checked = checkAppealConfig(candidate);
  if (checked.ok) return checked;
  for (const issue of checked.issues) {
    const name = formFieldForPath(issue.path);
    errors[name] ??= issue.message;
  }
  return { ok: false, errors };
}

/** "5, 10, 20" or "7.50" in major units → minor units; a comma before three digits groups thousands ("1,000"). */
function readAmounts(text: string, currency: Currency, list: boolean): number[] | string {
  const parts = list ? text.split(/\s*;\s*|,\s+|\s+|,(?!\d{3}(?:\D|$))/).map((p) => p.trim()).filter(Boolean) : [text.trim()];
  if (parts.length === 0 || parts[0] === '') return list ? 'enter the amounts separated by commas, for example 5, 10, 20.' : 'enter an amount.';
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parseAmount(part, minorUnitDigits(currency));
    if (!parsed.ok) return `"${part.slice(0, 20)}" is not an amount; write numbers such as 5 or 7.50${list ? ', separated by commas' : ''}.`;
    values.push(parsed.minor);
  }
  return list ? values.sort((a, b) => a - b) : values;
}

const PATH_TO_FIELD: Record<string, string> = {
  'signature.name': 'signatureName',
  'signature.role': 'signatureRole',
  'signature.photoUrl': 'signaturePhoto',
};

/** Where a schema issue is shown: "paragraphs.2" → "letter", "amounts.eur.monthly.min" → "eur-monthly-min". */
export function formFieldForPath(path: string): string {
  const russian = /^translations\.ru\.(.+)$/.exec(path);
  if (russian) return `ru_${formFieldForPath(russian[1])}`;
  const parts = path.split('.');
  if (parts[0] === 'paragraphs') return 'letter';
  if (parts[0] === 'amounts' && parts.length >= 4) return amountFieldName(parts[1] as Currency, parts[2] as Frequency, parts[3] as AmountField);
  return PATH_TO_FIELD[parts.slice(0, 2).join('.')] ?? parts[0];
}
