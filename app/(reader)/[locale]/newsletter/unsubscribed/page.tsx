// /newsletter/unsubscribed: after unsubscribing.
import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Unsubscribed', robots: { index: false } };

export default function UnsubscribedPage() {
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">You’re unsubscribed</h1>
      <p className="mt-4">You will not get the newsletter any more. Changed your mind? Sign up again under any article.</p>
      <p className="mt-4"><Link href="/" className="underline">Back to the front page</Link></p>
    </div>
  );
}
