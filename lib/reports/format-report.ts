// Figures for people: money from minor units with Intl, percentages, and changes against the previous period.
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMinor(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase(), minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}

export function formatRate(value: number | null): string {
  if (value === null) return '—';
  return new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function currencyName(currency: string): string {
  const name = new Intl.DisplayNames(['en'], { type: 'currency' }).of(currency.toUpperCase()) ?? currency.toUpperCase();
  return `${name} (${currency.toUpperCase()})`;
}

/** "+12.5% on the previous period", "no change", or "new" when there was nothing before. */
export function describeChange(current: number, previous: number): string {
  if (current === previous) return 'no change on the previous period';
  if (previous === 0) return 'none in the previous period';
  const change = (current - previous) / Math.abs(previous);
  const text = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'always' }).format(change);
  return `${text} on the previous period`;
}
