// The report's statistics: conversion with a 95% Wilson interval, the chance a variant beats the control under
// Beta(1, 1) priors (Evan Miller's closed form, exact for whole counts), and a winner only past a minimum sample.

export type Arm = { successes: number; trials: number };
export type Interval = { rate: number; low: number; high: number };

const Z_95 = 1.959963984540054;

/** Wilson score interval: stays inside [0, 1] and behaves at 0 or 100 percent, unlike the plain normal one. */
export function wilsonInterval({ successes, trials }: Arm, z = Z_95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

// Lanczos approximation (g = 7, n = 9): about 15 significant digits for positive arguments.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** P(rate of variant > rate of control) with Beta(1 + successes, 1 + failures) posteriors. */
export function chanceToBeat(control: Arm, variant: Arm): number {
  const aA = 1 + control.successes;
  const bA = 1 + control.trials - control.successes;
  const aB = 1 + variant.successes;
  const bB = 1 + variant.trials - variant.successes;
  const base = logBeta(aA, bA);
  let total = 0;
  for (let i = 0; i < aB; i++) total += Math.exp(logBeta(aA + i, bA + bB) - Math.log(bB + i) - logBeta(1 + i, bB) - base);
  return Math.min(1, Math.max(0, total));
}

export type WinnerRule = { minimumTrials: number; minimumSuccesses: number; threshold: number };
export const DEFAULT_WINNER_RULE: WinnerRule = { minimumTrials: 1000, minimumSuccesses: 20, threshold: 0.95 };

/** The variant key that beats the control with at least the threshold's chance, once every arm has the minimum sample. */
export function pickWinner(arms: { key: string; arm: Arm }[], controlKey: string, rule: WinnerRule = DEFAULT_WINNER_RULE): { key: string; chance: number } | null {
  const control = arms.find((a) => a.key === controlKey);
  if (!control) return null;
  const enough = (arm: Arm) => arm.trials >= rule.minimumTrials && arm.successes >= rule.minimumSuccesses;
  if (!arms.every((a) => enough(a.arm))) return null;
  let best: { key: string; chance: number } | null = null;
  for (const { key, arm } of arms) {
    if (key === controlKey) continue;
    const chance = chanceToBeat(control.arm, arm);
    if (chance >= rule.threshold && (!best || chance > best.chance)) best = { key, chance };
  }
  if (best) return best;
  // The control wins when it beats every variant just as clearly.
  const controlChance = Math.min(...arms.filter((a) => a.key !== controlKey).map((a) => chanceToBeat(a.arm, control.arm)));
  return controlChance >= rule.threshold ? { key: controlKey, chance: controlChance } : null;
}
