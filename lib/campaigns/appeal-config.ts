// The appeal's settings as one serializable object (copy, amounts, what is offered) and the one zod schema that checks it,
// in the staff editor and again on the server before anything is saved, published or shown.
import { z } from 'zod';
import { CURRENCIES, FREQUENCIES, type Currency, type Frequency } from '@/lib/support/amounts';
import { DEFAULT_RUSSIAN_COPY } from './default-russian-copy';

/** The placeholders staff may write in the copy; anything else in braces is refused. */
export const PLACEHOLDERS = ['publication', 'onceMinimum', 'monthlyMinimum', 'annualMinimum'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const MAX_PRESETS = 6;
const HTML_TAG = /<\s*[/!?a-zA-Z]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Plain text with known placeholders only; HTML is refused rather than escaped so staff see why. */
export function plainText(label: string, max: number) {
  return z
    .string({ error: `${label} is missing.` })
    .trim()
    .max(max, `${label} is too long: keep it to ${max} characters.`)
    .superRefine((text, context) => {
      if (HTML_TAG.test(text)) context.addIssue({ code: 'custom', message: `${label}: write plain text; HTML such as <b> or &amp; is not allowed.` });
      if (CONTROL.test(text)) context.addIssue({ code: 'custom', message: `${label} contains an invisible control character.` });
      const unknown = unknownPlaceholders(text);
      if (unknown.length) {
        context.addIssue({ code: 'custom', message: `${label}: unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')}. Use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.` });
      } else if (/[{}]/.test(text.replace(/\{\w+\}/g, ''))) {
        context.addIssue({ code: 'custom', message: `${label}: a brace is not closed; placeholders look like {publication}.` });
      }
    });
}

export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{(\w*)\}/g)].map((m) => m[1]).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

const minor = z.number().int('Amounts are whole minor units.').positive('Amounts must be more than zero.').max(100_000_000);

export const amountRuleSchema = z.object({
  presets: z.array(minor).min(1, 'Offer at least one preset amount.').max(MAX_PRESETS, `Offer at most ${MAX_PRESETS} preset amounts.`),
  default: minor,
  min: minor,
  max: minor,
});
export type CampaignAmountRule = z.infer<typeof amountRuleSchema>;

const perFrequency = z.object(Object.fromEntries(FREQUENCIES.map((f) => [f, amountRuleSchema])) as Record<Frequency, typeof amountRuleSchema>);
const perCurrency = z.object(Object.fromEntries(CURRENCIES.map((c) => [c, perFrequency])) as Record<Currency, typeof perFrequency>);

/** The word the appeal's button starts with in each language: how readers and screen readers find it. */
export const CONTINUE_WORDS = { en: 'Continue', ru: 'Продолжить' } as const;

function continueLabel(word: string) {
  return plainText('The button label', 40).pipe(z.string().refine((label) => label === word || label.startsWith(`${word} `), `The button label must start with "${word}" (it is how readers and screen readers find it).`));
}

// The words of the letter, in one language. The photo is the same person in every language, so it is kept once.
const letterShape = {
  heading: plainText('The heading', 120).pipe(z.string().min(1, 'Write a heading.')),
  paragraphs: z.array(plainText('A paragraph of the letter', 700).pipe(z.string().min(1))).min(1, 'Write the letter.').max(8, 'Keep the letter to 8 paragraphs.'),
  /** One sentence shown highlighted after the letter; empty for none. */
  highlight: plainText('The highlighted sentence', 200),
  /** The line under the button ("Cancel any time."). */
  belowButton: plainText('The line under the button', 160),
};
const signatureName = plainText('The signature name', 80).pipe(z.string().min(1, 'Sign the letter with a name.'));

const copyShape = {
  ...letterShape,
  signature: z.object({
    name: signatureName,
    role: plainText('The signature role', 80),
    /** A site path ("/images/editor.jpg") or an https address; null for none. */
    photoUrl: z
      .string()
      .trim()
      .max(300)
      .regex(/^(https:\/\/[^\s"'<>]+|\/(?![/\\])[\w\-./~%]+)$/, 'The photo must be an https:// address or a path on this site.')
      .nullable(),
  }),
  continueLabel: continueLabel(CONTINUE_WORDS.en),
};

/** The letter on /ru/ pages; versions saved before it existed read as the built-in Russian letter. */
const russianCopySchema = z.object({
  ...letterShape,
  signature: z.object({ name: signatureName, role: plainText('The signature role', 80) }),
  continueLabel: continueLabel(CONTINUE_WORDS.ru),
});
export type TranslatedCopy = z.infer<typeof russianCopySchema>;

export const appealConfigSchema = z
  .object({
    ...copyShape,
    defaultFrequency: z.enum(FREQUENCIES),
    frequencies: z.array(z.enum(FREQUENCIES)).min(1, 'Offer at least one frequency.'),
    currencies: z.array(z.enum(CURRENCIES)).min(1, 'Offer at least one currency.'),
    amounts: perCurrency,
    translations: z.object({ ru: russianCopySchema }).default(() => ({ ru: structuredClone(DEFAULT_RUSSIAN_COPY) })),
  })
  .superRefine((config, context) => {
    if (!config.frequencies.includes(config.defaultFrequency)) {
      context.addIssue({ code: 'custom', path: ['defaultFrequency'], message: 'The default frequency must be one of the offered frequencies.' });
    }
    if (new Set(config.frequencies).size !== config.frequencies.length) context.addIssue({ code: 'custom', path: ['frequencies'], message: 'A frequency is listed twice.' });
    if (new Set(config.currencies).size !== config.currencies.length) context.addIssue({ code: 'custom', path: ['currencies'], message: 'A currency is listed twice.' });
    for (const currency of CURRENCIES) {
      for (const frequency of FREQUENCIES) {
        for (const issue of amountRuleProblems(config.amounts[currency][frequency])) {
          context.addIssue({ code: 'custom', path: ['amounts', currency, frequency, issue.field], message: `${FREQUENCY_NAMES[frequency]} (${currency.toUpperCase()}): ${issue.message}` });
        }
      }
    }
  });

export type AppealConfig = z.infer<typeof appealConfigSchema>;

const FREQUENCY_NAMES: Record<Frequency, string> = { once: 'Once', monthly: 'Monthly', annual: 'Annual' };

function amountRuleProblems(rule: CampaignAmountRule): { field: keyof CampaignAmountRule; message: string }[] {
  const problems: { field: keyof CampaignAmountRule; message: string }[] = [];
  if (rule.min > rule.max) problems.push({ field: 'min', message: 'the minimum is above the maximum.' });
  if (rule.presets.some((p) => p < rule.min || p > rule.max)) problems.push({ field: 'presets', message: 'every preset must lie between the minimum and the maximum.' });
  if (new Set(rule.presets).size !== rule.presets.length) problems.push({ field: 'presets', message: 'a preset is listed twice.' });
  if (!rule.presets.includes(rule.default)) problems.push({ field: 'default', message: 'the default must be one of the presets.' });
  return problems;
}

export type ConfigCheck = { ok: true; config: AppealConfig } | { ok: false; issues: { path: string; message: string }[] };

/** Checks anything (a form's result, a stored row) against the schema; issues carry dotted paths ("amounts.eur.monthly.min"). */
export function checkAppealConfig(value: unknown): ConfigCheck {
  const parsed = appealConfigSchema.safeParse(value);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
}
