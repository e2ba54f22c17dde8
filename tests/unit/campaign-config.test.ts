// The appeal's settings: the one schema staff edits pass through (in the editor and on the server), its form, and variants.
import { describe, expect, it } from 'vitest';
import { checkAppealConfig } from '@/lib/campaigns/appeal-config';
import { amountFieldLabel, configToFormFields, readAppealForm } from '@/lib/campaigns/appeal-form';
import { appealWarnings } from '@/lib/campaigns/appeal-warnings';
import { applyVariant } from '@/lib/campaigns/apply-variant';
import { campaignTestSchema } from '@/lib/campaigns/campaign-test';
import { compareAppealConfigs } from '@/lib/campaigns/compare-appeal-configs';
import { DEFAULT_APPEAL_CONFIG } from '@/lib/campaigns/default-appeal-config';
import { fillAppealCopy } from '@/lib/campaigns/fill-appeal-copy';

const fields = () => configToFormFields(DEFAULT_APPEAL_CONFIG);
const errorsOf = (changes: Record<string, string | undefined>) => {
  const result = readAppealForm({ ...fields(), ...changes } as Record<string, string>);
  return result.ok ? {} : result.errors;
};

describe('the default settings', () => {
  it('pass the schema and offer USD, EUR, GBP, CAD and AUD with amounts of their own', () => {
    expect(checkAppealConfig(DEFAULT_APPEAL_CONFIG).ok).toBe(true);
    expect(DEFAULT_APPEAL_CONFIG.currencies).toEqual(['usd', 'eur', 'gbp', 'cad', 'aud']);
    const monthly = DEFAULT_APPEAL_CONFIG.currencies.map((c) => JSON.stringify(DEFAULT_APPEAL_CONFIG.amounts[c].monthly.presets));
    expect(new Set(monthly).size).toBe(monthly.length);
  });
});

describe('the settings form', () => {
  it('round-trips a config through its fields', () => {
    const result = readAppealForm(fields());
    expect(result).toEqual({ ok: true, config: DEFAULT_APPEAL_CONFIG });
  });

  it('names the amount boxes as the contract does', () => {
    expect(amountFieldLabel('eur', 'monthly', 'presets')).toBe('Monthly amounts (EUR)');
    expect(amountFieldLabel('eur', 'monthly', 'min')).toBe('Monthly minimum (EUR)');
  });

  it('reads the letter as paragraphs and presets as comma-separated major units', () => {
    const result = readAppealForm({ ...fields(), letter: 'First line\nwraps.\n\n\nSecond.', 'eur-monthly-presets': '6, 3,12', 'eur-monthly-default': '6', 'eur-monthly-min': '2.50' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.paragraphs).toEqual(['First line wraps.', 'Second.']);
    expect(result.config.amounts.eur.monthly).toEqual({ presets: [300, 600, 1200], default: 600, min: 250, max: 100_000 });
    const big = readAppealForm({ ...fields(), 'usd-once-presets': '1,000, 2,500', 'usd-once-default': '1,000' });
    expect(big.ok && big.config.amounts.usd.once.presets).toEqual([100_000, 250_000]);
  });

  it('refuses HTML, unknown placeholders and open braces, naming the field', () => {
    expect(errorsOf({ heading: 'Help <b>now</b>' }).heading).toMatch(/plain text/);
    expect(errorsOf({ letter: 'Give &amp; thanks' }).letter).toMatch(/plain text/);
    expect(errorsOf({ letter: 'From {monthlyMinimun} a month' }).letter).toMatch(/unknown placeholder \{monthlyMinimun\}.*\{monthlyMinimum\}/);
    expect(errorsOf({ highlight: 'From {monthlyMinimum a month' }).highlight).toMatch(/brace is not closed/);
    expect(errorsOf({ heading: '' }).heading).toBe('Write a heading.');
  });

  it('refuses amounts that break the rules, on the box that breaks them', () => {
    expect(errorsOf({ 'eur-monthly-presets': '1, 5, 10' })['eur-monthly-presets']).toMatch(/Monthly \(EUR\): every preset must lie between/);
    expect(errorsOf({ 'eur-monthly-default': '9' })['eur-monthly-default']).toMatch(/default must be one of the presets/);
    expect(errorsOf({ 'gbp-annual-min': '20000' })['gbp-annual-min']).toMatch(/minimum is above the maximum/);
    expect(errorsOf({ 'aud-once-presets': 'ten' })['aud-once-presets']).toMatch(/Once amounts \(AUD\): "ten" is not an amount/);
    expect(errorsOf({ 'cad-monthly-presets': '' })['cad-monthly-presets']).toMatch(/separated by commas/);
  });

  it('requires the default frequency among those offered, and at least one currency', () => {
    expect(errorsOf({ 'offer-monthly': undefined }).defaultFrequency).toMatch(/must be one of the offered/);
    const none = Object.fromEntries(['usd', 'eur', 'gbp', 'cad', 'aud'].map((c) => [`offer-${c}`, undefined]));
    expect(errorsOf(none).currencies).toBe('Offer at least one currency.');
  });

  it('keeps the button findable as "Continue"', () => {
    expect(errorsOf({ continueLabel: 'Give now' }).continueLabel).toMatch(/must start with "Continue"/);
    expect(errorsOf({ continueLabel: 'Continue to payment' })).toEqual({});
  });
});

describe('copy for readers', () => {
  it('fills the placeholders in the reader’s currency', () => {
    const copy = fillAppealCopy(DEFAULT_APPEAL_CONFIG, { publicationName: 'The Ledger', currency: 'gbp' });
    expect(copy.heading).toBe('Will you help keep The Ledger free to read?');
    expect(copy.highlight).toMatch(/starting from just £2\./);
    expect(fillAppealCopy(DEFAULT_APPEAL_CONFIG, { publicationName: 'X', currency: 'cad' }).highlight).toMatch(/CA\$3\./);
  });

  it('warns, without refusing, when the letter is long for a phone', () => {
    expect(appealWarnings(DEFAULT_APPEAL_CONFIG, 'The Ledger')).toEqual([]);
    const long = { ...DEFAULT_APPEAL_CONFIG, paragraphs: Array.from({ length: 6 }, () => 'A sentence that goes on. '.repeat(20).trim()) };
    expect(checkAppealConfig(long).ok).toBe(true);
    expect(appealWarnings(long, 'The Ledger')).toEqual([{ field: 'letter', message: expect.stringMatching(/On a phone the letter fills about [\d.]+ screens/) }]);
  });
});

describe('versions and variants', () => {
  it('lists what changed between two versions in the form’s words', () => {
    const after = { ...DEFAULT_APPEAL_CONFIG, heading: 'New heading', currencies: DEFAULT_APPEAL_CONFIG.currencies.filter((c) => c !== 'aud') };
    expect(compareAppealConfigs(DEFAULT_APPEAL_CONFIG, after)).toEqual([
      { field: 'heading', label: 'Heading', before: DEFAULT_APPEAL_CONFIG.heading, after: 'New heading' },
      { field: 'offer-aud', label: 'Offered: AUD', before: 'offered', after: 'not offered' },
    ]);
  });

  it('lays a variant over the published settings and checks the result', () => {
    const ok = applyVariant(DEFAULT_APPEAL_CONFIG, { heading: 'Short', defaultFrequency: 'annual', amounts: { eur: { monthly: { presets: [300, 600], default: 300, min: 300 } } } });
    expect(ok.ok && ok.config.amounts.eur.monthly).toEqual({ presets: [300, 600], default: 300, min: 300, max: 100_000 });
    expect(ok.ok && ok.config.amounts.usd).toEqual(DEFAULT_APPEAL_CONFIG.amounts.usd);
    const bad = applyVariant(DEFAULT_APPEAL_CONFIG, { amounts: { eur: { monthly: { default: 12345 } } } });
    expect(bad.ok).toBe(false);
  });

  it('validates a test: the control first and unchanged, an end after the start', () => {
    const test = {
      name: 'Shorter letter',
      trafficPercent: 50,
      holdbackPercent: 0,
      startsAt: '2026-06-01T00:00:00Z',
      endsAt: '2026-07-01T00:00:00Z',
      targeting: { placements: [], sections: [], readerStates: [], countries: [], currencies: [] },
      variants: [
        { key: 'control', name: 'Control', weight: 50, overrides: {} },
        { key: 'short', name: 'Short', weight: 50, overrides: { paragraphs: ['Dear reader, please give.'] } },
      ],
    };
    expect(campaignTestSchema.safeParse(test).success).toBe(true);
    expect(campaignTestSchema.safeParse({ ...test, endsAt: '2026-05-01T00:00:00Z' }).success).toBe(false);
    expect(campaignTestSchema.safeParse({ ...test, variants: [test.variants[1], test.variants[0]] }).success).toBe(false);
    expect(campaignTestSchema.safeParse({ ...test, variants: [test.variants[0], { ...test.variants[1], overrides: { heading: '<i>x</i>' } }] }).success).toBe(false);
  });
});
