// /newsletter/unsubscribed: after unsubscribing.
import type { Metadata } from 'next';
import Link from 'next/link';
import { languageAlternates } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  return { title: translatorFor(locale, 'newsletter')('unsubscribed.metaTitle'), robots: { index: false }, alternates: languageAlternates(locale, '/newsletter/unsubscribed') };
}

export default async function UnsubscribedPage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const t = translatorFor(locale, 'newsletter');
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">{t('unsubscribed.title')}</h1>
      <p className="mt-4">{t('unsubscribed.text')}</p>
      <p className="mt-4"><Link href={localePath(locale, '/')} className="underline">{t('unsubscribed.back')}</Link></p>
    </div>
  );
}
