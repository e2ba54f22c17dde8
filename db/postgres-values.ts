// What PostgreSQL accepts, checked before a value from a request reaches a query: a value it refuses is a 500 there.
// JavaScript is more lenient (Date.parse takes "2026-02-30" and "1 1", Number takes 1e20), so these are stricter.

/** The largest value of an `integer` (and `serial`) column. */
export const INT4_MAX = 2_147_483_647;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string PostgreSQL can store as text: no NUL character, and no lone UTF-16 surrogate (not UTF-8 at all). */
export function isPostgresText(value: string): boolean {
  return !value.includes('\0') && !LONE_SURROGATE.test(value);
}

/** A positive `integer` written as plain digits ("12", not "1e1", "+12" or "12.0"), else null. */
export function parsePositiveInt4(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 && number <= INT4_MAX ? number : null;
}

/** A positive `integer` that is already a number (from JSON), else null. */
export function checkPositiveInt4(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= INT4_MAX ? value : null;
}

/** An instant exactly as Date#toISOString writes it, in years 1000 to 9999, so `::timestamptz` reads the same instant. */
export function isIsoInstant(value: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}
