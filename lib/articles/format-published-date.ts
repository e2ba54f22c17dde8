import type { Locale } from '@/lib/i18n/locales';

/** "March 3, 2027" / "3 марта 2027 г.", in the newsroom's time zone. */
export function formatPublishedDate(date: Date, timeZone: string, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { dateStyle: 'long', timeZone }).format(date);
}
