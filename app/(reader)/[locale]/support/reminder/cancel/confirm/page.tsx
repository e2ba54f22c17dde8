// /support/reminder/cancel/confirm?token=: one button that cancels the reminders (a POST, so link scanners cannot).
import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { ConfirmEmailedLink } from '@/components/email-links/confirm-emailed-link';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page-locale';
import { findReminderByToken } from '@/lib/reminders/cancel-reminders';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };


export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: translatorFor(await pageLocale({ params: params }), 'reminders')('cancelConfirm.title'), robots: { index: false } };
}

export default async function CancelReminderPage({ params, searchParams }: Props) {
  const locale = await pageLocale({ params: params });
  const t = translatorFor(locale, 'reminders');
  const token = firstParam((await searchParams).token) ?? '';
  const reminder = await findReminderByToken(token);
  return (
    <ConfirmEmailedLink
      heading={t('cancelConfirm.heading')}
      email={reminder?.email ?? null}
      lead={t('cancelConfirm.lead')}
      action={localePath(locale, '/support/reminder/cancel')}
      token={token}
      button={t('cancelConfirm.button')}
      invalid={t('cancelConfirm.invalid')}
    />
  );
}
