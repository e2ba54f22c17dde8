// After asking for a sign-in link: tells the visitor to look in their inbox.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig, hasLocalMailbox } from '@/lib/config';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: translatorFor(await pageLocale({ params: params }), 'signin')('checkEmail.title'), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: Props) {
  const locale = await pageLocale({ params: params });
  const t = translatorFor(locale, 'signin');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">{t('checkEmail.heading')}</h1>
      <p className="mt-4">{t('checkEmail.sent')}</p>
      <p className="mt-3 text-muted">
        {t.rich('checkEmail.nothing', { link: (chunks) => <Link href={localePath(locale, '/signin')} className="underline">{chunks}</Link> })}
      </p>
      {hasLocalMailbox(getConfig()) && (
        <p className="mt-6 rounded border border-gray-300 bg-white p-3 text-sm">
          {t.rich('checkEmail.mailbox', { link: (chunks) => <Link href="/dev/mailbox" className="underline">{chunks}</Link> })}
        </p>
      )}
    </div>
  );
}
