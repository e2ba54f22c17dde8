// /newsletter/confirmed: after the confirmation link.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Subscription confirmed', robots: { index: false } };

export default function NewsletterConfirmedPage() {
  const { PUBLICATION_NAME } = getConfig();
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">You’re subscribed</h1>
      <p className="mt-4">Thank you. The newsletter from {PUBLICATION_NAME} will arrive once a week. Every issue has a one-click unsubscribe link.</p>
      <p className="mt-4"><Link href="/" className="underline">Read the latest stories</Link></p>
    </div>
  );
}
