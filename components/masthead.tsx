import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { getReaderStanding } from '@/lib/account/get-reader-standing';

export async function Masthead() {
  const { PUBLICATION_NAME } = getConfig();
  const user = await getCurrentUser();
  // A signed-in reader whose support is running is thanked instead of asked (the same per-request lookups as the appeal's).
  const supporting = user ? Boolean((await getReaderStanding(user))?.activeRecurring) : false;
  return (
    <header className="border-b-4 border-double border-ink bg-white">
      <div className="max-w-5xl mx-auto px-4 py-4 flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight no-underline">
          {PUBLICATION_NAME}
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-4 text-sm">
            <li>
              <Link href="/" className="hover:underline">Latest</Link>
            </li>
            <li>
              <Link href={user ? '/account' : '/signin'} className="hover:underline">{user ? 'Account' : 'Sign in'}</Link>
            </li>
            <li>
              {supporting ? (
                <Link href="/account" className="font-semibold text-accent hover:underline">Thank you for your support</Link>
              ) : (
                <Link href="/support" className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-red-900">
                  Support us
                </Link>
              )}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
