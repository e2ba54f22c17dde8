// The test form's fields to and from a CampaignTest. Each variant's boxes left empty keep the control's value; every
// variant is laid over the published appeal and checked by the settings schema, in the editor and again on the server.
import { CURRENCIES, FREQUENCIES, minorUnitDigits, type Currency, type Frequency } from '@/lib/support/amounts';
import { toMajorInput } from '@/lib/support/format-money';
import { parseAmount } from '@/lib/support/parse-amount';
import type { AppealConfig } from './appeal-config';
import { amountFieldLabel, splitLetter } from './appeal-form';
import { applyVariant } from './apply-variant';
import { campaignTestSchema, CONTROL_KEY, READER_STATES, type CampaignTest, type VariantOverrides } from './campaign-test';

export const MAX_VARIANTS = 4;
export const VARIANT_KEYS = ['b', 'c', 'd', 'e'] as const;
export const VARIANT_COPY_FIELDS = ['heading', 'letter', 'highlight', 'continueLabel', 'belowButton'] as const;
export const VARIANT_AMOUNT_FIELDS = ['presets', 'default', 'min'] as const;

export type TestFormResult = { ok: true; test: CampaignTest } | { ok: false; errors: Record<string, string> };

export const variantField = (index: number, name: string) => `v${index}-${name}`;
export const variantAmountField = (index: number, currency: Currency, frequency: Frequency, field: (typeof VARIANT_AMOUNT_FIELDS)[number]) => variantField(index, `${currency}-${frequency}-${field}`);

const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const isoOrNull = (text: string | undefined) => {
  const value = text?.trim();
  if (!value) return null;
  // datetime-local gives "2026-06-01T09:00", read as UTC (the form says so).
  const withZone = /Z|[+-]\d\d:\d\d$/.test(value) ? value : `${value}${value.length === 16 ? ':00' : ''}Z`;
  const time = Date.parse(withZone);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
};

function readMinor(text: string, currency: Currency): number | null {
  const parsed = parseAmount(text, minorUnitDigits(currency));
  return parsed.ok ? parsed.minor : null;
}

function readOverrides(fields: Record<string, string>, index: number, errors: Record<string, string>): VariantOverrides {
  const overrides: VariantOverrides = {};
  const get = (name: string) => fields[variantField(index, name)]?.trim() ?? '';
  if (get('heading')) overrides.heading = get('heading');
  if (get('letter')) overrides.paragraphs = splitLetter(get('letter'));
  if (get('highlight')) overrides.highlight = get('highlight');
  if (get('continueLabel')) overrides.continueLabel = get('continueLabel');
  if (get('belowButton')) overrides.belowButton = get('belowButton');
  if ((FREQUENCIES as readonly string[]).includes(get('defaultFrequency'))) overrides.defaultFrequency = get('defaultFrequency') as Frequency;
  for (const currency of CURRENCIES) {
    for (const frequency of FREQUENCIES) {
      for (const field of VARIANT_AMOUNT_FIELDS) {
        const name = variantAmountField(index, currency, frequency, field);
        const text = fields[name]?.trim() ?? '';
        if (!text) continue;
        const values = (field === 'presets' ? text.split(/,\s+|\s+|,(?!\d{3}(?:\D|$))/) : [text]).filter(Boolean).map((t) => readMinor(t, currency));
        if (values.some((v) => v === null)) {
          errors[name] = `${amountFieldLabel(currency, frequency, field)}: write numbers such as 5 or 7.50${field === 'presets' ? ', separated by commas' : ''}.`;
          continue;
        }
        overrides.amounts ??= {};
        const byFrequency = (overrides.amounts[currency] ??= {});
        const rule = (byFrequency[frequency] ??= {});
        if (field === 'presets') rule.presets = (values as number[]).sort((a, b) => a - b);
        else rule[field] = values[0]!;
      }
    }
  }
  return overrides;
}

export function readTestForm(fields: Record<string, string>, published: AppealConfig): TestFormResult {
  const errors: Record<string, string> = {};
  const variants: CampaignTest['variants'] = [{ key: CONTROL_KEY, name: 'Control', weight: Number(fields[variantField(0, 'weight')] || 50), overrides: {} }];
  for (let index = 1; index <= MAX_VARIANTS; index++) {
    const name = fields[variantField(index, 'name')]?.trim() ?? '';
    if (!name) continue;
    variants.push({ key: VARIANT_KEYS[index - 1], name, weight: Number(fields[variantField(index, 'weight')] || 50), overrides: readOverrides(fields, index, errors) });
  }
  const candidate = {
    name: fields.name ?? '',
    trafficPercent: Number(fields.trafficPercent),
    holdbackPercent: Number(fields.holdbackPercent || 0),
    startsAt: isoOrNull(fields.startsAt) ?? '',
    endsAt: isoOrNull(fields.endsAt),
    targeting: {
      placements: list(fields.placements),
      sections: list(fields.sections),
      readerStates: READER_STATES.filter((s) => fields[`state-${s}`] === 'on'),
      countries: list(fields.countries).map((c) => c.toUpperCase()),
      currencies: CURRENCIES.filter((c) => fields[`target-${c}`] === 'on'),
    },
    variants,
  };
  const parsed = campaignTestSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [top, index, field] = issue.path.map(String);
      const name = top === 'variants' && index !== undefined ? variantField(Number(index), field === 'overrides' ? 'name' : (field ?? 'name')) : top === 'targeting' ? String(index) : top;
      errors[name] ??= issue.message;
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors: Object.keys(errors).length ? errors : { form: 'The test could not be read.' } };
  parsed.data.variants.forEach((variant, index) => {
    const applied = applyVariant(published, variant.overrides);
    if (!applied.ok) errors[variantField(index, 'name')] = `${variant.name}: ${applied.issues[0].message}`;
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, test: parsed.data };
}

/** The form's values for an existing test (or a new one starting now). */
export function testToFormFields(test: CampaignTest | null, now: Date): Record<string, string> {
  const local = (iso: string | null) => (iso ? iso.slice(0, 16) : '');
  if (!test) return { name: '', trafficPercent: '100', holdbackPercent: '0', startsAt: local(now.toISOString()), endsAt: '', [variantField(0, 'weight')]: '50', [variantField(1, 'weight')]: '50' };
  const fields: Record<string, string> = {
    name: test.name,
    trafficPercent: String(test.trafficPercent),
    holdbackPercent: String(test.holdbackPercent),
    startsAt: local(test.startsAt),
    endsAt: local(test.endsAt),
    placements: test.targeting.placements.join(', '),
    sections: test.targeting.sections.join(', '),
    countries: test.targeting.countries.join(', '),
  };
  for (const s of test.targeting.readerStates) fields[`state-${s}`] = 'on';
  for (const c of test.targeting.currencies) fields[`target-${c}`] = 'on';
  test.variants.forEach((variant, index) => {
    fields[variantField(index, 'weight')] = String(variant.weight);
    if (index === 0) return;
    const o = variant.overrides;
    Object.assign(fields, {
      [variantField(index, 'name')]: variant.name,
      [variantField(index, 'heading')]: o.heading ?? '',
      [variantField(index, 'letter')]: o.paragraphs?.join('\n\n') ?? '',
      [variantField(index, 'highlight')]: o.highlight ?? '',
      [variantField(index, 'continueLabel')]: o.continueLabel ?? '',
      [variantField(index, 'belowButton')]: o.belowButton ?? '',
      [variantField(index, 'defaultFrequency')]: o.defaultFrequency ?? '',
    });
    for (const [currency, byFrequency] of Object.entries(o.amounts ?? {}) as [Currency, Record<Frequency, { presets?: number[]; default?: number; min?: number }>][]) {
      for (const [frequency, rule] of Object.entries(byFrequency) as [Frequency, { presets?: number[]; default?: number; min?: number }][]) {
        if (rule.presets) fields[variantAmountField(index, currency, frequency, 'presets')] = rule.presets.map((p) => toMajorInput(p, currency)).join(', ');
        if (rule.default !== undefined) fields[variantAmountField(index, currency, frequency, 'default')] = toMajorInput(rule.default, currency);
        if (rule.min !== undefined) fields[variantAmountField(index, currency, frequency, 'min')] = toMajorInput(rule.min, currency);
      }
    }
  });
  return fields;
}
