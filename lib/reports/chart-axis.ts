// The dashboard chart's axes: round value ticks in major units, a few dated ticks, and short labels for both.
import { currencyDigits } from './format-report';
import type { MoneySeries } from './report-types';

/** 0 and up to about four round steps (1, 2, 2.5 or 5 × 10ⁿ major units) reaching at least `highest`, in minor units. */
export function axisTicks(highest: number, currency = 'usd'): number[] {
  if (highest <= 0) return [0];
  const unit = 10 ** currencyDigits(currency);
  const raw = highest / unit / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => raw <= m * magnitude) ?? 10) * magnitude;
  const minorStep = Math.max(1, Math.round(step * unit));
  const count = Math.ceil(highest / minorStep);
  return Array.from({ length: count + 1 }, (_, i) => i * minorStep);
}

/** "$1.5K", "€200": short enough for an axis. */
export function formatCompactMinor(minor: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase(), notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(minor / 10 ** currencyDigits(currency));
}

/** Up to five evenly spread indices of `count` buckets, always the first and the last. */
export function pickDateTicks(count: number, most = 5): number[] {
  if (count <= 0) return [];
  const shown = Math.min(most, count);
  if (shown === 1) return [0];
  return [...new Set(Array.from({ length: shown }, (_, i) => Math.round((i * (count - 1)) / (shown - 1))))];
}

/** A bucket's first day as "Sep 3" (with the year when `withYear`), or a month as "Sep 2026". */
export function formatBucket(bucket: string, unit: MoneySeries['unit'], withYear = false): string {
  const date = new Date(`${bucket}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = unit === 'month' ? { month: 'short', year: 'numeric' } : { month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) };
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(date);
}
