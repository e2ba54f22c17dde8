import type { Metadata } from 'next';
import { getConfig } from '@/lib/config';
import { languageAlternates } from '@/lib/i18n/alternates';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  return { title: translatorFor(locale, 'privacy')('title'), alternates: languageAlternates(locale, '/privacy') };
}

export default async function PrivacyPage(props: LocaleParams) {
  const { PUBLICATION_NAME } = getConfig();
  const t = translatorFor(await pageLocale(props), 'privacy');
  return (
    <div className="max-w-2xl mx-auto font-serif text-lg leading-relaxed space-y-4">
      <h1 className="font-sans text-4xl font-bold">{t('title')}</h1>
      <p>{t('intro', { publication: PUBLICATION_NAME })}</p>
      <h2 className="font-sans text-2xl font-bold pt-2">{t('keepHeading')}</h2>
      <ul className="list-disc pl-6 space-y-2">
        <li>{t('keep.support')}</li>
        <li>{t('keep.newsletter')}</li>
        <li>{t('keep.appeal')}</li>
      </ul>
      <h2 className="font-sans text-2xl font-bold pt-2">{t('cookiesHeading')}</h2>
      <p>{t('cookies')}</p>
      <h2 className="font-sans text-2xl font-bold pt-2">{t('choicesHeading')}</h2>
      <p>{t('choices')}</p>
    </div>
  );
}
