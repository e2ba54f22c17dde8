// The masthead: the same markup for every reader; which links show (Sign in or Account, Support us or a thank-you)
// follows the reader's state the <head> script put on <html>, so a cached page still greets each reader rightly.
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { localePath, type Locale } from '@/lib/i18n/locales';

export function Masthead({ locale }: { locale: Locale }) {
  const { PUBLICATION_NAME, LOGO_URL } = getConfig();
  const href = (path: string) => localePath(locale, path);
  return (
    <header className="border-b-4 border-double border-ink bg-white">
      <div className="max-w-5xl mx-auto px-4 py-4 flex flex-wrap items-center justify-between gap-3">
        <Link href={href('/')} className="font-serif text-3xl font-bold tracking-tight no-underline">
          {/* eslint-disable-next-line @next/next/no-img-element -- the newsroom's own logo, any size, from LOGO_URL */}
          {LOGO_URL ? <img src={LOGO_URL} alt={PUBLICATION_NAME} className="h-10 w-auto max-w-[16rem]" /> : PUBLICATION_NAME}
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-4 text-sm">
            <li>
              <Link href={href('/')} className="hover:underline">Latest</Link>
            </li>
            <li className="rr-when-signed-out">
              <Link href={href('/signin')} className="hover:underline">Sign in</Link>
            </li>
            <li className="rr-when-signed-in">
              <Link href={href('/account')} className="hover:underline">Account</Link>
            </li>
            <li className="rr-when-not-supporter">
              <Link href={href('/support')} className="inline-block rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark">
                Support us
              </Link>
            </li>
            <li className="rr-when-supporter">
              <Link href={href('/account')} className="inline-block py-2 font-semibold text-accent hover:underline">Thank you for your support</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
