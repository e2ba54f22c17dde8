// /account/deleted: where a reader lands after deleting their account.
import type { Metadata } from 'next';
import Link from 'next/link';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: translatorFor(await pageLocale({ params: params }), 'account')('deleted.title'), robots: { index: false } };
}

export default async function AccountDeletedPage({ params }: Props) {
  const locale = await pageLocale({ params: params });
  const t = translatorFor(locale, 'account');
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">{t('deleted.heading')}</h1>
      <p role="status" className="mt-4">{t('deleted.status')}</p>
      <p className="mt-4">
        {t.rich('deleted.thanks', { link: (chunks) => <Link href={localePath(locale, '/')} className="underline">{chunks}</Link> })}
      </p>
    </div>
  );
}
