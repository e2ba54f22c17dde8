// The 403 page: signed in, but the account's role does not reach this page.
import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-3xl font-bold">You don’t have access to this page</h1>
      <p className="mt-4">
        Your account is signed in but is not a staff account. If you work here, ask an administrator to give you access.
      </p>
      <p className="mt-4">
        <Link href="/" className="underline">Go to the front page</Link> or <Link href="/signout" className="underline">sign out</Link>.
      </p>
    </div>
  );
}
