// The one table of support amounts (minor units) per currency and frequency: the appeal, its copy and the server all read it.
export const CURRENCIES = ['usd', 'eur', 'gbp', 'cad', 'aud'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const FREQUENCIES = ['once', 'monthly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type AmountRule = {
  /** Preset amounts offered as radios, in minor units. */
  presets: readonly number[];
  /** The preset selected when the reader has not chosen. */
  default: number;
  min: number;
  max: number;
};

export const FREQUENCY_LABELS: Record<Frequency, string> = { once: 'Once', monthly: 'Monthly', annual: 'Annual' };

// The same figures in each currency; card networks charge fees that make gifts below the minimum not worth taking.
const byFrequency: Record<Frequency, AmountRule> = {
  once: { presets: [1000, 2500, 5000, 10000], default: 2500, min: 300, max: 1_000_000 },
  monthly: { presets: [500, 1000, 2000], default: 1000, min: 200, max: 100_000 },
  annual: { presets: [5000, 10000, 20000], default: 10000, min: 2000, max: 1_000_000 },
};

export type AmountTable = Record<Currency, Record<Frequency, AmountRule>>;

/** The amounts before anything is published (the published appeal's own table replaces it: lib/campaigns). */
export const SUPPORT_AMOUNTS: AmountTable = {
  usd: byFrequency,
  eur: byFrequency,
  gbp: byFrequency,
  cad: byFrequency,
  aud: byFrequency,
};

export const DEFAULT_CURRENCY: Currency = 'usd';
export const DEFAULT_FREQUENCY: Frequency = 'monthly';

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

export function isFrequency(value: unknown): value is Frequency {
  return typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value);
}

export function amountRule(currency: Currency, frequency: Frequency): AmountRule {
  return SUPPORT_AMOUNTS[currency][frequency];
}

/** Every supported currency has two decimal places; kept as a function so a zero-decimal one (JPY) is one edit. */
export function minorUnitDigits(currency: Currency): number {
  void currency;
  return 2;
}
