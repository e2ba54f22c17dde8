// A calendar day in the publication's time zone, in the reader's language: "December 26, 2026", "26 декабря 2026 г.".
import { getConfig } from '@/lib/config';
import type { Locale } from '@/lib/i18n/locales';

export function formatDay(date: Date | number, locale: Locale = 'en'): string {
  const value = typeof date === 'number' ? new Date(date * 1000) : date;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { dateStyle: 'long', timeZone: getConfig().REPORT_TIMEZONE }).format(value);
}
