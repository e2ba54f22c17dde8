// /newsletter/confirm/subscribe?token=: one button that confirms the signup (a POST, so mail scanners cannot).
import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { ConfirmEmailedLink } from '@/components/email-links/confirm-emailed-link';
import { readNewsletterConfirmation } from '@/lib/newsletter/read-newsletter-confirmation';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your subscription', robots: { index: false } };

export default async function ConfirmSubscriptionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = firstParam((await searchParams).token) ?? '';
  const confirmation = await readNewsletterConfirmation({ token, now: new Date() });
  const shown = confirmation.ok ? { email: confirmation.email, invalid: '' } : { email: null, invalid: confirmation.message };
  return <ConfirmEmailedLink heading="Confirm your subscription" lead="We will send the free weekly newsletter to" action="/newsletter/confirm" token={token} button="Confirm my subscription" {...shown} />;
}
