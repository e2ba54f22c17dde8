// A calendar day in the publication's time zone, e.g. "December 26, 2026".
import { getConfig } from '@/lib/config';

export function formatDay(date: Date | number): string {
  const value = typeof date === 'number' ? new Date(date * 1000) : date;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: getConfig().REPORT_TIMEZONE }).format(value);
}
