// A thank-you link with an unknown or malformed session id, in the layout's language (a not-found gets no params:
// components/in-page-language.tsx shows the version matching <html lang>).
import Link from 'next/link';
import { LOCALES, localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { InPageLanguage } from '@/components/in-page-language';

export default function ThankYouNotFound() {
  return (
    <div className="max-w-2xl mx-auto">
      {LOCALES.map((locale) => {
        const t = translatorFor(locale, 'support');
        return (
          <InPageLanguage key={locale} locale={locale}>
            <h1 className="font-serif text-3xl font-bold">{t('thankYou.notFoundTitle')}</h1>
            <p className="mt-4">
              {t.rich('thankYou.notFoundText', { link: (chunks) => <Link href={localePath(locale, '/support')} className="underline">{chunks}</Link> })}
            </p>
          </InPageLanguage>
        );
      })}
    </div>
  );
}
