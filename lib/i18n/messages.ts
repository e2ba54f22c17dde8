// The message catalogues (messages/<locale>.json) and a translator for code outside React (the appeal's markup, emails,
// route handlers): next-intl's own ICU formatter, so plurals and values follow each language's rules.
import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

export type Messages = typeof en;
const CATALOGUES: Partial<Record<Locale, Messages>> = { en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] ?? CATALOGUES[DEFAULT_LOCALE]!;
}

export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace });
}
