// Which variant a browser sees: a stable hash of the browser's random id and the test, so the same browser always lands
// in the same place (no account, no server state) and the population splits by the shares asked for. Runs in the browser.
import type { AssignmentContext, ServedTest } from './campaign-test';
import { HOLDBACK_KEY } from './variant-keys';
import { matchesTargeting } from './match-targeting';

/** cyrb53: a small, well-mixed 53-bit string hash, as a number in [0, 1). */
export function hashToUnit(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) / 2 ** 53;
}

export type Assignment = { testId: number; variant: string };

/** The variant key, HOLDBACK_KEY, or null when this browser falls outside the test's traffic share. */
export function assignVariant(test: Pick<ServedTest, 'id' | 'trafficPercent' | 'holdbackPercent' | 'variants'>, browserId: string): string | null {
  // Separate draws for entry, holdback and variant, so changing one share does not reshuffle the others.
  if (hashToUnit(`${test.id}:enter:${browserId}`) * 100 >= test.trafficPercent) return null;
  if (hashToUnit(`${test.id}:holdback:${browserId}`) * 100 < test.holdbackPercent) return HOLDBACK_KEY;
  const total = test.variants.reduce((sum, v) => sum + v.weight, 0);
  let point = hashToUnit(`${test.id}:variant:${browserId}`) * total;
  for (const variant of test.variants) {
    if (point < variant.weight) return variant.key;
    point -= variant.weight;
  }
  return test.variants[test.variants.length - 1].key;
}

export function isRunning(test: Pick<ServedTest, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const at = now.getTime();
  return Date.parse(test.startsAt) <= at && (test.endsAt === null || at < Date.parse(test.endsAt));
}

/** The first running test that targets this view and takes this browser in; a reader is in one test at a time. */
export function chooseAssignment(options: { tests: ServedTest[]; context: AssignmentContext; browserId: string; now: Date }): Assignment | null {
  for (const test of options.tests) {
    if (!isRunning(test, options.now) || !matchesTargeting(test.targeting, options.context)) continue;
    const variant = assignVariant(test, options.browserId);
    if (variant) return { testId: test.id, variant };
  }
  return null;
}
