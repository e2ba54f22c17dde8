// /newsletter/unsubscribe/confirm?token=: one button that unsubscribes (a POST, so link scanners cannot).
import type { Metadata } from 'next';
import { checkNewsletterToken, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function UnsubscribeConfirmPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const check = checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now: new Date() });
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">Unsubscribe from the newsletter</h1>
      {check.ok ? (
        <>
          <p className="mt-4">We will stop sending the weekly newsletter to <strong>{check.subject}</strong>.</p>
          <form method="post" action={`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`} className="mt-6">
            <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">Unsubscribe</button>
          </form>
        </>
      ) : (
        <p className="mt-4" role="alert">This unsubscribe link is not valid. Copy the whole link from the email.</p>
      )}
    </div>
  );
}
