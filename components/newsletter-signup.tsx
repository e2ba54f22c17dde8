// "Sign up for our free weekly newsletter": a plain form posting to /newsletter/subscribe, with Preview and the privacy policy.
import Link from 'next/link';
import { EmailField } from './email-field';

type Props = {
  /** The page the reader signs up from (stored with their consent). */
  source: string;
  /** A message to show after a failed signup without JavaScript (?form=newsletter&error=...). */
  error?: string | null;
};

export function NewsletterSignup({ source, error = null }: Props) {
  return (
    <section id="newsletter" aria-labelledby="newsletter-heading" className="mt-10 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id="newsletter-heading" className="font-serif text-xl font-bold">Sign up for our free weekly newsletter</h2>
      <form method="post" action="/newsletter/subscribe" aria-labelledby="newsletter-heading" className="mt-4">
        <input type="hidden" name="source" value={source} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex-1 min-w-[14rem]">
            <EmailField id="newsletter-email" errorId={error ? 'newsletter-error' : null} labelClassName="block text-sm font-semibold" inputClassName="mt-1 w-full rounded border border-gray-500 px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">Sign up</button>
          <Link href="/newsletter/preview" className="py-2 underline">Preview</Link>
        </div>
        {error ? <p id="newsletter-error" role="alert" className="mt-2 text-sm font-semibold text-red-800">{error}</p> : null}
        <p className="mt-3 text-sm text-muted">
          Subscribers agree to the <Link href="/privacy" className="underline">Privacy Policy</Link>. We send one confirmation email first; unsubscribe with one click at any time.
        </p>
      </form>
    </section>
  );
}
