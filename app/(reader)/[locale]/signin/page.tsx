// Sign-in page: asks for an email address and sends a magic link (a plain form posting to next-auth).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmailField } from '@/components/email-field';
import { getConfig } from '@/lib/config';
import { getCsrfToken } from '@/lib/auth/get-csrf-token';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { CALLBACK_LOOPS, DEFAULT_CALLBACK_PATH } from '@/lib/auth/callback-path';
import { signInErrorMessage } from '@/lib/auth/sign-in-error-message';
import { firstParam } from '@/lib/http/first-param';
import { safeReturnPath } from '@/lib/http/safe-return-path';

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = firstParam;

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const { APP_URL, PUBLICATION_NAME } = getConfig();
  const callbackUrl = safeReturnPath(first(params.callbackUrl), { fallback: DEFAULT_CALLBACK_PATH, appUrl: APP_URL, avoid: CALLBACK_LOOPS });
  const errorCode = first(params.error);
  const csrfToken = await getCsrfToken();
  // next-auth hands out the CSRF cookie; a first visit goes through it once and comes back marked via=auth.
  if (!csrfToken && first(params.via) !== 'auth') {
    const query = new URLSearchParams({ callbackUrl });
    if (errorCode) query.set('error', errorCode);
    redirect(`/api/auth/signin?${query}`);
  }
  const user = await getCurrentUser();
  const error = signInErrorMessage(errorCode);

  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Sign in</h1>
      <p className="mt-3 text-muted">
        Enter your email address and we will send you a link that signs you in to {PUBLICATION_NAME}. No password needed.
      </p>
      {user && (
        <p className="mt-4 rounded border border-gray-300 bg-white p-3">
          You are already signed in as <strong>{user.email}</strong>. <Link href={callbackUrl} className="underline">Continue</Link>
        </p>
      )}
      {error && (
        <p id="signin-error" role="alert" className="mt-4 rounded border border-accent bg-red-50 p-3 text-accent">
          {error}
        </p>
      )}
      {csrfToken ? (
        <form method="post" action="/api/auth/signin/email" className="mt-6 space-y-4">
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <div>
            <EmailField id="signin-email" errorId={error ? 'signin-error' : null} labelClassName="block font-semibold" inputClassName="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark">
            Send sign-in link
          </button>
        </form>
      ) : (
        <p role="alert" className="mt-6 rounded border border-accent bg-red-50 p-3 text-accent">
          Signing in needs cookies, and your browser did not keep ours. Allow cookies for this site, then{' '}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="underline">try again</Link>.
        </p>
      )}
    </div>
  );
}
