// A reader page that does not exist, in the layout's language. Next gives a not-found no params, so it is written in
// every language and the layout's <html lang> shows the one that matches (CSS: the others are display:none).
import Link from 'next/link';
import { LOCALES, localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { InPageLanguage } from '@/components/in-page-language';

export default function NotFound() {
  return (
    <div className="max-w-2xl mx-auto">
      {LOCALES.map((locale: Locale) => {
        const t = translatorFor(locale, 'common');
        return (
          <InPageLanguage key={locale} locale={locale}>
            <h1 className="font-serif text-3xl font-bold">{t('notFound.title')}</h1>
            <p className="mt-4">
              {t.rich('notFound.text', { link: (chunks) => <Link href={localePath(locale, '/')} className="underline">{chunks}</Link> })}
            </p>
          </InPageLanguage>
        );
      })}
    </div>
  );
}
