// /newsletter/confirm/subscribe?token=: one button that confirms the signup (a POST, so mail scanners cannot).
import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { ConfirmEmailedLink } from '@/components/email-links/confirm-emailed-link';
import { readNewsletterConfirmation } from '@/lib/newsletter/read-newsletter-confirmation';

export const dynamic = 'force-dynamic';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  return { title: translatorFor(await pageLocale(props), 'newsletter')('confirm.title'), robots: { index: false } };
}

export default async function ConfirmSubscriptionPage(props: LocaleParams & { searchParams: Promise<SearchParams> }) {
  const locale = await pageLocale(props);
  const t = translatorFor(locale, 'newsletter');
  const token = firstParam((await props.searchParams).token) ?? '';
  const confirmation = await readNewsletterConfirmation({ token, now: new Date() });
  // An invalid link's message is the route's (lib/newsletter), shared with the link's own 400 answer.
  const shown = confirmation.ok ? { email: confirmation.email, invalid: '' } : { email: null, invalid: confirmation.message };
  return <ConfirmEmailedLink heading={t('confirm.title')} lead={t('confirm.lead')} action={localePath(locale, '/newsletter/confirm')} token={token} button={t('confirm.button')} {...shown} />;
}
