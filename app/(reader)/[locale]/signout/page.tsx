// Sign-out page: one button (a plain form posting to next-auth with its CSRF token).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutForm } from '@/components/admin/sign-out-form';
import { getCsrfToken } from '@/lib/auth/get-csrf-token';
import { getCurrentUser } from '@/lib/auth/get-current-user';

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign out', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignOutPage({ searchParams }: Props) {
  const params = await searchParams;
  const csrfToken = await getCsrfToken();
  if (!csrfToken && params.via !== 'auth') redirect('/api/auth/signout');
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Sign out</h1>
      {user ? (
        <>
          <p className="mt-4">You are signed in as <strong>{user.email}</strong>.</p>
          <div className="mt-6"><SignOutForm csrfToken={csrfToken} className="rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark" /></div>
        </>
      ) : (
        <p className="mt-4">You are not signed in. <Link href="/" className="underline">Go to the front page</Link>.</p>
      )}
    </div>
  );
}
