// Months as YYYY-MM in the publication's time zone: the current one, the default reminder month and the choices offered.
export type MonthChoice = { value: string; label: string };

export function currentMonth(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  return `${year}-${month}`;
}

function dayOfMonth(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, day: 'numeric' }).format(now));
}

export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Next month if today is before the 20th, else the month after: a reminder should not arrive days later. */
export function defaultReminderMonth(now: Date, timeZone: string): string {
  return addMonths(currentMonth(now, timeZone), dayOfMonth(now, timeZone) < 20 ? 1 : 2);
}

export function formatMonth(month: string, locale = 'en-US'): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 15)));
}

export const MONTHS_AHEAD = 12;

/** The months a reader may pick: next month through twelve months ahead. */
export function reminderMonthChoices(now: Date, timeZone: string, locale = 'en-US'): MonthChoice[] {
  const first = currentMonth(now, timeZone);
  return Array.from({ length: MONTHS_AHEAD }, (_, i) => {
    const value = addMonths(first, i + 1);
    return { value, label: formatMonth(value, locale) };
  });
}
