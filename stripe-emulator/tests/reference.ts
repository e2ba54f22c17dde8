// The offline Stripe reference data: a copy kept beside the tests (so every checkout runs the conformance and shape
// tests), or STRIPE_REFERENCE_DIR to check against another copy (e.g. ../shared/reference/stripe).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REFERENCE_DIR = process.env.STRIPE_REFERENCE_DIR ?? path.resolve(__dirname, 'reference-data');
export const hasReference = existsSync(path.join(REFERENCE_DIR, 'stripe-subset.json'));

export function readReference<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) as T;
}
