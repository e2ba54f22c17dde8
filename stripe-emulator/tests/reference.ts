// Locates the offline Stripe reference data (../shared/reference/stripe next to the repo, or STRIPE_REFERENCE_DIR).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REFERENCE_DIR = process.env.STRIPE_REFERENCE_DIR ?? path.resolve(__dirname, '../../../shared/reference/stripe');
export const hasReference = existsSync(path.join(REFERENCE_DIR, 'stripe-subset.json'));

export function readReference<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) as T;
}
