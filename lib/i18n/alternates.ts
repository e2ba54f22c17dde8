// Every reader page's addresses in each language, for <link rel="alternate" hreflang> (and its canonical address):
// absolute, from APP_URL, English also as x-default (the unprefixed address a reader with no choice lands on).
import type { Metadata } from 'next';
import { getConfig } from '@/lib/config';
import { DEFAULT_LOCALE, LOCALES, isLocale, localePath, type Locale } from './locales';

type Alternates = NonNullable<Metadata['alternates']>;

function absolute(path: string, appUrl: string): string {
  return `${appUrl}${path}`;
}

/** A page published in every language (the front page, /support, the privacy policy...): `path` without a prefix. */
export function languageAlternates(locale: Locale, path: string, appUrl = getConfig().APP_URL): Alternates {
  const languages: Record<string, string> = {};
  for (const each of LOCALES) languages[each] = absolute(localePath(each, path), appUrl);
  languages['x-default'] = absolute(localePath(DEFAULT_LOCALE, path), appUrl);
  return { canonical: absolute(localePath(locale, path), appUrl), languages };
}

/** An article is written in one language; its page under another language's prefix shows the same text with that
 * language's masthead, not a translation. So it names one address, in the article's own language, as canonical (and
 * as its only alternate and x-default), rather than claiming a translation that does not exist. */
export function articleAlternates(articleLanguage: string, slug: string, appUrl = getConfig().APP_URL): Alternates {
  const language: Locale = isLocale(articleLanguage) ? articleLanguage : DEFAULT_LOCALE;
  const url = absolute(localePath(language, `/articles/${slug}`), appUrl);
  return { canonical: url, languages: { [language]: url, 'x-default': url } };
}

/** A page a reader reaches after a step (check your email, unsubscribed...): named in every language, not indexed. */
export function stepPageMetadata(locale: Locale, title: string, path: string): Metadata {
  return { title, robots: { index: false }, alternates: languageAlternates(locale, path) };
}
