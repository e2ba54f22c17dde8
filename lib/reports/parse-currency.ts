// An ISO 4217 currency code from a query parameter (lower case, as Stripe and our tables store it).
const known = new Set(Intl.supportedValuesOf('currency').map((c) => c.toLowerCase()));

export type CurrencyResult = { ok: true; currency: string | null } | { ok: false; field: 'currency'; message: string };

/** Empty means every currency. */
export function parseCurrency(value: string | undefined | null): CurrencyResult {
  const trimmed = (value ?? '').trim().toLowerCase();
  if (!trimmed) return { ok: true, currency: null };
  if (!/^[a-z]{3}$/.test(trimmed) || !known.has(trimmed)) {
    return { ok: false, field: 'currency', message: `"${value}" is not a currency code: use three letters such as usd, eur or gbp.` };
  }
  return { ok: true, currency: trimmed };
}
