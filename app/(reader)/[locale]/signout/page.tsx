// Sign-out page: one button (a plain form posting to next-auth with its CSRF token).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutForm } from '@/components/admin/sign-out-form';
import { getCsrfToken } from '@/lib/auth/get-csrf-token';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale } from '@/lib/i18n/page-locale';

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return { title: translatorFor(await pageLocale({ params }), 'signin')('signOut.title'), robots: { index: false } };
}

export default async function SignOutPage({ params, searchParams }: Props) {
  const locale = await pageLocale({ params });
  const t = translatorFor(locale, 'signin');
  const query = await searchParams;
  const csrfToken = await getCsrfToken();
  // The callbackUrl names this language, so next-auth's own sign-out page sends the reader back here.
  if (!csrfToken && query.via !== 'auth') redirect(`/api/auth/signout?callbackUrl=${encodeURIComponent(localePath(locale, '/'))}`);
  const user = await getCurrentUser();
  const front = localePath(locale, '/');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">{t('signOut.heading')}</h1>
      {user ? (
        <>
          <p className="mt-4">{t.rich('signOut.signedInAs', { email: user.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <div className="mt-6"><SignOutForm csrfToken={csrfToken} label={t('signOut.button')} callbackUrl={front} className="rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark" /></div>
        </>
      ) : (
        <p className="mt-4">{t.rich('signOut.notSignedIn', { link: (chunks) => <Link href={front} className="underline">{chunks}</Link> })}</p>
      )}
    </div>
  );
}
