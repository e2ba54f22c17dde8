// /newsletter/check-email: after signing up (the same page whether or not the address was known).
import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Check your inbox', robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">Check your inbox</h1>
      <p className="mt-4">We sent you an email. Follow the link in it to confirm your subscription to the weekly newsletter.</p>
      <p className="mt-2 text-muted">Nothing there after a few minutes? Look in your spam folder, or sign up again.</p>
      <p className="mt-4"><Link href="/" className="underline">Back to the front page</Link></p>
    </div>
  );
}
