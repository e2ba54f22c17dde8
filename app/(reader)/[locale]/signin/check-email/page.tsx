// After asking for a sign-in link: tells the visitor to look in their inbox.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig, hasLocalMailbox } from '@/lib/config';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Check your email</h1>
      <p className="mt-4">
        We have sent you a sign-in link. Open it on this device to sign in; it works once and expires in one hour.
      </p>
      <p className="mt-3 text-muted">Nothing arrived after a few minutes? Look in your spam folder, or <Link href="/signin" className="underline">ask for another link</Link>.</p>
      {hasLocalMailbox(getConfig()) && (
        <p className="mt-6 rounded border border-gray-300 bg-white p-3 text-sm">
          No mail server is configured, so email is kept in the <Link href="/dev/mailbox" className="underline">local mailbox</Link>.
        </p>
      )}
    </div>
  );
}
