// /newsletter/unsubscribe/confirm?token=: one button that unsubscribes (a POST, so link scanners cannot).
import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { ConfirmEmailedLink } from '@/components/email-links/confirm-emailed-link';
import { checkNewsletterToken, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  return { title: translatorFor(await pageLocale(props), 'newsletter')('unsubscribe.metaTitle'), robots: { index: false } };
}

export default async function UnsubscribeConfirmPage(props: LocaleParams & { searchParams: Promise<SearchParams> }) {
  const locale = await pageLocale(props);
  const t = translatorFor(locale, 'newsletter');
  const token = firstParam((await props.searchParams).token) ?? '';
  const check = checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now: new Date() });
  return (
    <ConfirmEmailedLink
      heading={t('unsubscribe.title')}
      email={check.ok ? check.subject : null}
      lead={t('unsubscribe.lead')}
      action={localePath(locale, '/newsletter/unsubscribe')}
      token={token}
      button={t('unsubscribe.button')}
      invalid={t('unsubscribe.invalid')}
    />
  );
}
