// Small helpers shared by resource handlers.
import type Stripe from 'stripe';

/** Stripe merges metadata: keys set to '' are removed; '' for the whole object clears it. */
export function mergeMetadata(current: Stripe.Metadata | null, patch: unknown): Stripe.Metadata {
  if (patch === '') return {};
  const out: Stripe.Metadata = { ...(current ?? {}) };
  for (const [k, v] of Object.entries((patch as Record<string, string>) ?? {})) {
    if (v === '') delete out[k];
    else out[k] = v;
  }
  return out;
}

export function cleanMetadata(input: unknown): Stripe.Metadata {
  return mergeMetadata({}, input ?? {});
}

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}
