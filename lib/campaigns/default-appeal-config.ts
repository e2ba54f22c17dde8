// The appeal before staff publish anything: the newsroom's letter and amounts chosen per currency (not one table converted).
import { checkAppealConfig, type AppealConfig, type CampaignAmountRule } from './appeal-config';
import { splitLetter } from './appeal-form';
import { DEFAULT_RUSSIAN_COPY } from './default-russian-copy';

type Table = [presets: number[], defaultMajor: number, minMajor: number, maxMajor: number];

function rule([presets, defaultMajor, minMajor, maxMajor]: Table): CampaignAmountRule {
  return { presets: presets.map((p) => p * 100), default: defaultMajor * 100, min: minMajor * 100, max: maxMajor * 100 };
}

function amounts(once: Table, monthly: Table, annual: Table) {
  return { once: rule(once), monthly: rule(monthly), annual: rule(annual) };
}

export const DEFAULT_APPEAL_CONFIG: AppealConfig = {
  heading: 'Will you help keep {publication} free to read?',
  // Short enough that the choices start within a phone's first screen of the appeal.
  paragraphs: [
    'We sit through the council meetings and read the budgets so everyone in town knows what is decided in their name. No paywall, no owner: readers pay for it, and fewer than one in fifty of you give.',
  ],
  highlight: 'Support us monthly starting from just {monthlyMinimum}. It takes a minute, and you can cancel any time.',
  signature: { name: 'Maria Alvarez', role: 'Editor, {publication}', photoUrl: null },
  continueLabel: 'Continue',
  belowButton: 'Payments are handled securely by Stripe. Recurring support can be stopped any time from your account.',
  defaultFrequency: 'monthly',
  frequencies: ['once', 'monthly', 'annual'],
  currencies: ['usd', 'eur', 'gbp', 'cad', 'aud'],
  // Card fees make gifts below each minimum not worth taking; round local figures rather than exchange-rate conversions.
  amounts: {
    usd: amounts([[10, 25, 50, 100], 25, 3, 10_000], [[5, 10, 20], 10, 2, 1_000], [[50, 100, 200], 100, 20, 10_000]),
    eur: amounts([[10, 20, 50, 100], 20, 3, 10_000], [[4, 8, 15], 8, 2, 1_000], [[40, 80, 150], 80, 20, 10_000]),
    gbp: amounts([[10, 20, 40, 80], 20, 2, 10_000], [[4, 7, 12], 7, 2, 1_000], [[40, 75, 150], 75, 15, 10_000]),
    cad: amounts([[15, 30, 60, 120], 30, 4, 12_000], [[7, 12, 25], 12, 3, 1_200], [[60, 120, 250], 120, 25, 12_000]),
    aud: amounts([[15, 35, 70, 140], 35, 4, 15_000], [[8, 15, 25], 15, 3, 1_500], [[70, 140, 280], 140, 30, 15_000]),
  },
  translations: { ru: DEFAULT_RUSSIAN_COPY },
};

/** The built-in appeal, with APPEAL_HEADING, APPEAL_LETTER and APPEAL_SIGNATURE laid over it when set (and valid). */
export function builtInAppealConfig(env: Record<string, string | undefined> = process.env): AppealConfig {
  const heading = env.APPEAL_HEADING?.trim();
  const letter = env.APPEAL_LETTER?.trim();
  const signature = env.APPEAL_SIGNATURE?.trim();
  if (!heading && !letter && !signature) return DEFAULT_APPEAL_CONFIG;
  const candidate = {
    ...DEFAULT_APPEAL_CONFIG,
    ...(heading ? { heading } : {}),
    // A letter from the environment is the whole letter: no separate highlighted sentence.
    ...(letter ? { paragraphs: splitLetter(letter.replace(/\\n/g, '\n')), highlight: '' } : {}),
    ...(signature ? { signature: { ...DEFAULT_APPEAL_CONFIG.signature, name: signature } } : {}),
  };
  const checked = checkAppealConfig(candidate);
  return checked.ok ? checked.config : DEFAULT_APPEAL_CONFIG;
}
