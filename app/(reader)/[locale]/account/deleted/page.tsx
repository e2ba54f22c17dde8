// /account/deleted: where a reader lands after deleting their account.
import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Your account has been deleted</h1>
      <p role="status" className="mt-4">
        Any recurring support has been cancelled and nothing more will be charged. Your personal details have been erased.
      </p>
      <p className="mt-4">
        Thank you for supporting independent journalism. <Link href="/" className="underline">Back to the front page</Link>
      </p>
    </div>
  );
}
