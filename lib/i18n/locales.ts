// The reader's languages. English lives at unprefixed paths ("/articles/x"), every other language under its own
// prefix ("/ru/articles/x"), so each language's pages are one cacheable set of bytes.
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie that remembers a reader's choice of language (set by the masthead's switch). */
export const LOCALE_COOKIE = 'rr_locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A site path in a language: localePath('ru', '/support') → '/ru/support'; English keeps the bare path. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The language a path is in, and the path without its prefix. */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1])) return { locale: match[1], rest: match[2] || '/' };
  return { locale: null, rest: pathname };
}

/** The reader's own choice (cookie) first, else the first of their browser's languages that we publish in. */
export function preferredLocale(options: { cookie: string | undefined; languages: readonly string[] }): Locale {
  if (isLocale(options.cookie)) return options.cookie;
  for (const tag of options.languages) {
    const base = tag.split('-')[0].toLowerCase();
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** How a language writes money in each currency: English as the currency's home writes it ("€10", "£10"), others by
 * the language alone ("10 €"). */
export function moneyLocale(locale: Locale, currency: string): string {
  if (locale !== 'en') return locale;
  return { usd: 'en-US', eur: 'en-IE', gbp: 'en-GB', cad: 'en-CA', aud: 'en-AU' }[currency.toLowerCase()] ?? 'en-US';
}
