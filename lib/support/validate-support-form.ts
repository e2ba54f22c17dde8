// The appeal's form, validated with zod against the offer the reader saw (the published appeal, or its test variant):
// the checkout route's only gate.
import { z } from 'zod';
import { APPEAL_PLACEMENTS } from '@/lib/funnel/appeal-placements';
import { formMessage, isFormMessageCode, type FormMessageCode, type MessageParams } from '@/lib/http/form-messages';
import { CURRENCIES, DEFAULT_CURRENCY, DEFAULT_FREQUENCY, FREQUENCIES, isCurrency, isFrequency, SUPPORT_AMOUNTS, type AmountTable, type Currency, type Frequency } from './amounts';
import { amountMessageParams, checkAmount } from './check-amount';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

export type SupportChoice = {
  frequency: Frequency;
  currency: Currency;
  /** Minor units. */
  amount: number;
  /** As the reader typed it, to put back in the form. */
  amountText: string;
  placement: string;
  articleSlug: string | null;
  /** One per rendered form: a double submit reuses the same Checkout Session. */
  nonce: string | null;
  /** The appeal test and variant the reader saw, and where they came from; for the reports. */
  attribution?: SupportAttribution;
  /** The reader's language: Checkout and the way back speak it. */
  locale?: Locale;
  /** The embed: the other site's page the appeal was on, where Checkout returns (checked against EMBED_ORIGINS). */
  page?: string | null;
};

export type SupportAttribution = { testId: number | null; variant: string | null; utmSource: string | null; referrerHost: string | null };

/** What the reader was offered: the published appeal (or its variant) the form came from. */
export type SupportOffer = { amounts: AmountTable; currencies: readonly Currency[]; frequencies: readonly Frequency[] };

export const BUILT_IN_OFFER: SupportOffer = { amounts: SUPPORT_AMOUNTS, currencies: CURRENCIES, frequencies: FREQUENCIES };

export type SupportFormResult =
  | { ok: true; choice: SupportChoice }
  | { ok: false; field: string; code: FormMessageCode; params: MessageParams; message: string; keep: Record<string, string> };

const shape = z.object({
  frequency: z.enum(FREQUENCIES, { error: 'frequency_invalid' }),
  currency: z.enum(CURRENCIES, { error: 'currency_invalid' }),
  placement: z.enum(APPEAL_PLACEMENTS, { error: 'placement_invalid' }).default('support-page'),
  article: z.string().regex(/^[a-z0-9-]{1,120}$/, 'article_invalid').optional(),
  nonce: z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional().catch(undefined),
  // Attribution never blocks a gift: an odd value is dropped.
  test: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  variant: z.string().regex(/^[a-z0-9-]{1,20}$/).optional().catch(undefined),
  utm_source: z.string().toLowerCase().regex(/^[a-z0-9._-]{1,40}$/).optional().catch(undefined),
  ref: z.string().toLowerCase().regex(/^[a-z0-9.-]{1,100}$/).optional().catch(undefined),
  locale: z.enum(LOCALES).optional().catch(undefined),
  page: z.string().max(2000).regex(/^https?:\/\//).optional().catch(undefined),
});

/** Test and variant as the form posted them, to find the variant's amounts before the form is checked. */
export function readPostedVariant(fields: Record<string, string | undefined>): { testId: number; variant: string } | null {
  const parsed = shape.pick({ test: true, variant: true }).safeParse(fields);
  return parsed.success && parsed.data.test && parsed.data.variant ? { testId: parsed.data.test, variant: parsed.data.variant } : null;
}

const ORDER = ['frequency', 'currency', 'amount', 'placement', 'article'];

/** Reads the posted fields; "Other amount" wins over the preset radios when it is filled in. A plain form posts one
 * preset group per currency and frequency (amount_eur_monthly, ...): the chosen pair's counts; `amount` still works. */
export function validateSupportForm(fields: Record<string, string | undefined>, offer: SupportOffer = BUILT_IN_OFFER): SupportFormResult {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const other = fields.other_amount?.trim() ?? '';
  const preset = fields.amount?.trim() || fields[`amount_${fields.currency}_${fields.frequency}`]?.trim() || '';
  const amountText = other !== '' ? other : preset;
  const keep: Record<string, string> = {};
  for (const key of ['frequency', 'currency'] as const) if (present[key] && present[key].length <= 20) keep[key] = present[key];
  if (amountText && amountText.length <= 30) keep.amount = amountText;

  const parsed = shape.safeParse(present);
  if (!parsed.success) {
    const issue = [...parsed.error.issues].sort((a, b) => ORDER.indexOf(String(a.path[0])) - ORDER.indexOf(String(b.path[0])))[0];
    const code = isFormMessageCode(issue.message) ? issue.message : 'field_invalid';
    const params = amountMessageParams(isCurrency(present.currency) ? present.currency : DEFAULT_CURRENCY, isFrequency(present.frequency) ? present.frequency : DEFAULT_FREQUENCY);
    return { ok: false, field: String(issue.path[0]), code, params, message: formMessage(code, params)!, keep };
  }
  const { frequency, currency, placement, article, nonce, test, variant, utm_source, ref, locale, page } = parsed.data;
  const offered = (field: 'frequency' | 'currency', code: FormMessageCode) => {
    const params = amountMessageParams(currency, frequency, offer.amounts[currency][frequency], offer.currencies);
    return { ok: false as const, field, code, params, message: formMessage(code, params)!, keep };
  };
  if (!offer.frequencies.includes(frequency)) return offered('frequency', 'frequency_invalid');
  if (!offer.currencies.includes(currency)) return offered('currency', 'currency_invalid');
  const amount = checkAmount({ text: amountText, currency, frequency, rule: offer.amounts[currency][frequency] });
  if (!amount.ok) return { ok: false, field: 'amount', code: amount.code, params: amount.params, message: amount.message, keep };
  const inTest = Boolean(test && variant);
  const attribution = { testId: inTest ? test! : null, variant: inTest ? variant! : null, utmSource: utm_source ?? null, referrerHost: ref ?? null };
  return {
    ok: true,
    choice: { frequency, currency, amount: amount.minor, amountText, placement, articleSlug: article ?? null, nonce: nonce ?? null, attribution, locale, page: page ?? null },
  };
}
