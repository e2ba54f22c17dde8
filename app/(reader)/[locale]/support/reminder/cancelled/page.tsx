// /support/reminder/cancelled: after the cancel link.
import type { Metadata } from 'next';
import Link from 'next/link';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: translatorFor(await pageLocale({ params: params }), 'reminders')('cancelled.title'), robots: { index: false } };
}

export default async function RemindersCancelledPage({ params }: Props) {
  const locale = await pageLocale({ params: params });
  const t = translatorFor(locale, 'reminders');
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">{t('cancelled.heading')}</h1>
      <p className="mt-4">{t('cancelled.body')}</p>
      <p className="mt-4"><Link href={localePath(locale, '/')} className="underline">{t('cancelled.front')}</Link></p>
    </div>
  );
}
