// /newsletter/confirmed: after the confirmation link.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { languageAlternates } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  return { title: translatorFor(locale, 'newsletter')('confirmed.metaTitle'), robots: { index: false }, alternates: languageAlternates(locale, '/newsletter/confirmed') };
}

export default async function NewsletterConfirmedPage(props: LocaleParams) {
  const { PUBLICATION_NAME } = getConfig();
  const locale = await pageLocale(props);
  const t = translatorFor(locale, 'newsletter');
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">{t('confirmed.title')}</h1>
      <p className="mt-4">{t('confirmed.text', { publication: PUBLICATION_NAME })}</p>
      <p className="mt-4"><Link href={localePath(locale, '/')} className="underline">{t('confirmed.latest')}</Link></p>
    </div>
  );
}
