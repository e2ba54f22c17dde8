// /newsletter/unsubscribe/confirm?token=: one button that unsubscribes (a POST, so link scanners cannot).
import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { ConfirmEmailedLink } from '@/components/email-links/confirm-emailed-link';
import { checkNewsletterToken, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

export default async function UnsubscribeConfirmPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = firstParam((await searchParams).token) ?? '';
  const check = checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now: new Date() });
  return (
    <ConfirmEmailedLink
      heading="Unsubscribe from the newsletter"
      email={check.ok ? check.subject : null}
      lead="We will stop sending the weekly newsletter to"
      action="/newsletter/unsubscribe"
      token={token}
      button="Unsubscribe"
      invalid="This unsubscribe link is not valid. Copy the whole link from the email."
    />
  );
}
