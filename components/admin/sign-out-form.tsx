// A plain form that signs out through next-auth (works without JavaScript); without a CSRF cookie, a link to the sign-out page.
import Link from 'next/link';

export function SignOutForm({ csrfToken, className }: { csrfToken: string | null; className?: string }) {
  const style = className ?? 'rounded border border-ink px-3 py-1 text-sm hover:bg-gray-100';
  if (!csrfToken) {
    return <Link href="/signout" className={style}>Sign out</Link>;
  }
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/" />
      <button type="submit" className={style}>Sign out</button>
    </form>
  );
}
