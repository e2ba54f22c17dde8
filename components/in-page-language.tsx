// Words for a page that cannot know its language (a not-found gets no params): each language's version is rendered,
// and only the one matching the layout's <html lang> is shown (the rest are display:none, so hidden from everyone).
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';

// Whole class names, so Tailwind finds them: hidden unless <html lang> is this language.
const SHOWN_ONLY_IN: Record<Locale, string> = {
  en: '[html:not([lang=en])_&]:hidden',
  ru: '[html:not([lang=ru])_&]:hidden',
};

export function InPageLanguage({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <div lang={locale} className={SHOWN_ONLY_IN[locale]}>{children}</div>;
}
