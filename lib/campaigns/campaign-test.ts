// An A/B test of the appeal: a control (the published settings) and variants that change copy, amounts or the default
// frequency, a share of traffic, an optional holdback (shown no appeal), a start, an end, and whom it targets.
import { z } from 'zod';
import { APPEAL_PLACEMENTS } from '@/lib/funnel/appeal-placements';
import { CURRENCIES, FREQUENCIES, type Currency } from '@/lib/support/amounts';
import { amountRuleSchema, plainText } from './appeal-config';
import { CONTROL_KEY, HOLDBACK_KEY } from './variant-keys';

/** new: no history here; returning: came back after "Remind me later"; past-giver: gave once before; newsletter: subscribed. */
export const READER_STATES = ['new', 'returning', 'past-giver', 'newsletter'] as const;
export type ReaderState = (typeof READER_STATES)[number];

export { CONTROL_KEY, HOLDBACK_KEY };

const amountOverrides = z.partialRecord(z.enum(CURRENCIES), z.partialRecord(z.enum(FREQUENCIES), amountRuleSchema.partial()));

export const variantOverridesSchema = z
  .object({
    heading: plainText('The heading', 120),
    paragraphs: z.array(plainText('A paragraph of the letter', 700)).min(1).max(8),
    highlight: plainText('The highlighted sentence', 200),
    continueLabel: plainText('The button label', 40).pipe(z.string().regex(/^Continue\b/, 'The button label must start with "Continue".')),
    belowButton: plainText('The line under the button', 160),
    defaultFrequency: z.enum(FREQUENCIES),
    amounts: amountOverrides,
  })
  .partial()
  .strict();
export type VariantOverrides = z.infer<typeof variantOverridesSchema>;

const variantSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,20}$/, 'A variant key is 1 to 20 lower-case letters, digits or dashes.'),
  name: plainText('The variant name', 60).pipe(z.string().min(1, 'Name each variant.')),
  /** Relative share among the test's variants (50 and 50 split evenly). */
  weight: z.number().int().min(1).max(100),
  overrides: variantOverridesSchema,
});
export type TestVariant = z.infer<typeof variantSchema>;

const listOf = <T extends z.ZodType>(item: T) => z.array(item).max(50).default([]);

export const targetingSchema = z.object({
  placements: listOf(z.enum(APPEAL_PLACEMENTS, { error: `Placements are ${APPEAL_PLACEMENTS.join(', ')}.` })),
  sections: listOf(z.string().trim().min(1).max(60)),
  readerStates: listOf(z.enum(READER_STATES)),
  countries: listOf(z.string().regex(/^[A-Z]{2}$/, 'Countries are two-letter codes such as GB or DE.')),
  currencies: listOf(z.enum(CURRENCIES)),
});
export type Targeting = z.infer<typeof targetingSchema>;

export const campaignTestSchema = z
  .object({
    name: plainText('The test name', 80).pipe(z.string().min(1, 'Name the test.')),
    /** Percent of the targeted readers who enter the test; the rest see the published appeal and are not counted. */
    trafficPercent: z.number().int().min(1, 'The traffic share is 1 to 100 percent.').max(100, 'The traffic share is 1 to 100 percent.'),
    /** Percent of the test's readers shown no appeal at all, to measure what asking raises. */
    holdbackPercent: z.number().int().min(0).max(50, 'Hold back at most half of the test.'),
    startsAt: z.iso.datetime({ offset: true, error: 'Give the start as a date and time.' }),
    endsAt: z.iso.datetime({ offset: true, error: 'Give the end as a date and time.' }).nullable(),
    targeting: targetingSchema,
    variants: z.array(variantSchema).min(2, 'A test needs the control and at least one variant.').max(5, 'A test has at most 5 variants.'),
  })
  .superRefine((test, context) => {
    if (test.endsAt && Date.parse(test.endsAt) <= Date.parse(test.startsAt)) context.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must come after the start.' });
    const keys = test.variants.map((v) => v.key);
    if (keys[0] !== CONTROL_KEY || Object.keys(test.variants[0].overrides).length) {
      context.addIssue({ code: 'custom', path: ['variants', 0], message: 'The first variant is the control: the published appeal, unchanged.' });
    }
    if (new Set(keys).size !== keys.length || keys.includes(HOLDBACK_KEY)) context.addIssue({ code: 'custom', path: ['variants'], message: 'Each variant needs its own key (and "holdback" is taken).' });
  });
export type CampaignTest = z.infer<typeof campaignTestSchema>;

/** A test as the page carries it: what the browser needs to place a reader and show their variant. */
export type ServedTest = Pick<CampaignTest, 'trafficPercent' | 'holdbackPercent' | 'startsAt' | 'endsAt' | 'targeting' | 'variants'> & { id: number };

export type AssignmentContext = { placement: string; section: string | null; readerStates: ReaderState[]; country: string | null; currency: Currency };

