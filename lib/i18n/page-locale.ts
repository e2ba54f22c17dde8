// A reader page's language from its params (the layout has already refused anything else with a 404).
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export type LocaleParams = { params: Promise<{ locale: string }> };

export async function pageLocale({ params }: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
