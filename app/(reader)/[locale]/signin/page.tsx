// Sign-in page: asks for an email address and sends a magic link (a plain form posting to next-auth). The callbackUrl
// carries the page's language, so the email and the pages after it are in it too (lib/auth/sign-in-locale.ts).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { getCsrfToken } from '@/lib/auth/get-csrf-token';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { CALLBACK_LOOPS, DEFAULT_CALLBACK_PATH } from '@/lib/auth/callback-path';
import { signInErrorMessage } from '@/lib/auth/sign-in-error-message';
import { firstParam } from '@/lib/http/first-param';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { localePath, splitLocale, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page-locale';

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: translatorFor(await pageLocale({ params }), 'signin')('title'), robots: { index: false } };
}

const first = firstParam;

/** A callbackUrl in this page's language: an English path from a Russian page gets the /ru prefix (and the reverse is
 * left alone: a reader may come from an English page on purpose). */
function inLanguage(path: string, locale: Locale): string {
  if (locale === 'en' || splitLocale(path).locale) return path;
  return localePath(locale, path);
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale({ params });
  const t = translatorFor(locale, 'signin');
  const query = await searchParams;
  const { APP_URL, PUBLICATION_NAME } = getConfig();
  const fallback = localePath(locale, DEFAULT_CALLBACK_PATH);
  const callbackUrl = inLanguage(safeReturnPath(first(query.callbackUrl), { fallback, appUrl: APP_URL, avoid: CALLBACK_LOOPS }), locale);
  const errorCode = first(query.error);
  const csrfToken = await getCsrfToken();
  // next-auth hands out the CSRF cookie; a first visit goes through it once and comes back marked via=auth.
  if (!csrfToken && first(query.via) !== 'auth') {
    const next = new URLSearchParams({ callbackUrl });
    if (errorCode) next.set('error', errorCode);
    redirect(`/api/auth/signin?${next}`);
  }
  const user = await getCurrentUser();
  const error = signInErrorMessage(errorCode, locale);
  const link = (href: string) => function LinkChunk(chunks: React.ReactNode) {
    return <Link href={href} className="underline">{chunks}</Link>;
  };

  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">{t('heading')}</h1>
      <p className="mt-3 text-muted">{t('intro', { publication: PUBLICATION_NAME })}</p>
      {user && (
        <p className="mt-4 rounded border border-gray-300 bg-white p-3">
          {t.rich('alreadySignedIn', { email: user.email, strong: (chunks) => <strong>{chunks}</strong>, link: link(callbackUrl) })}
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
            <label htmlFor="signin-email" className="block font-semibold">{t('email')}</label>
            <input id="signin-email" name="email" type="email" required autoComplete="email" maxLength={254}
              aria-invalid={error ? true : undefined} aria-describedby={error ? 'signin-error' : undefined} className="mt-1 w-full rounded border border-gray-500 bg-white px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark">
            {t('send')}
          </button>
        </form>
      ) : (
        <p role="alert" className="mt-6 rounded border border-accent bg-red-50 p-3 text-accent">
          {t.rich('cookiesNeeded', { link: link(`${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(callbackUrl)}`) })}
        </p>
      )}
    </div>
  );
}
