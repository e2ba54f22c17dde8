// A plain form that signs out through next-auth (works without JavaScript); without a CSRF cookie, a link to the sign-out page.
import Link from 'next/link';

/** `label` and `callbackUrl` default to English and the front page (the reader's sign-out page passes its language's). */
export function SignOutForm({ csrfToken, className, label = 'Sign out', callbackUrl = '/' }: { csrfToken: string | null; className?: string; label?: string; callbackUrl?: string }) {
  const style = className ?? 'rounded border border-ink px-3 py-1 text-sm hover:bg-gray-100';
  if (!csrfToken) {
    return <Link href={callbackUrl === '/' ? '/signout' : `${callbackUrl}/signout`} className={style}>{label}</Link>;
  }
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className={style}>{label}</button>
    </form>
  );
}
