// The masthead's language switch: /language?to=ru&from=/articles/x (or, without `from`, the page the reader came from,
// by its Referer) answers with the same page in the other language and remembers the choice in rr_locale, which the
// proxy honours over the browser's Accept-Language on the next visit to an unprefixed address.
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, localePath, splitLocale, type Locale } from '@/lib/i18n/locales';

/** A year: the reader's choice lasts until they make another. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 86_400;

/** The switch's own address, which is never a place to come back to. */
const SWITCH_PATH = /^\/language(?:[/?#]|$)/;

export type LanguageSwitch = { locale: Locale; location: string; cookie: string };

/** Where the switch sends the reader, and the cookie it sets. `from` and `referer` are untrusted: only a path on this
 * site (APP_URL's origin) is followed; anything else goes to the chosen language's front page. */
export function languageSwitch(options: { to: string | null; from: string | null; referer: string | null; appUrl: string }): LanguageSwitch {
  const locale = isLocale(options.to) ? options.to : DEFAULT_LOCALE;
  const source = options.from !== null ? options.from : options.referer;
  const path = safeReturnPath(source, { fallback: '/', appUrl: options.appUrl });
  // The path without its language, its query kept (a chosen amount), its fragment dropped (the browser keeps its own).
  const url = new URL(path, 'http://site.invalid');
  const { rest } = splitLocale(url.pathname);
  const page = SWITCH_PATH.test(rest) ? '/' : rest;
  const location = `${localePath(locale, page)}${SWITCH_PATH.test(rest) ? '' : url.search}`;
  return { locale, location, cookie: localeCookie(locale, options.appUrl.startsWith('https://')) };
}

/** Set-Cookie remembering a reader's language for a year (site-wide, sent on ordinary navigation from other sites). */
export function localeCookie(locale: Locale, secure: boolean): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
