// "Sign up for our free weekly newsletter": a form posting to /newsletter/subscribe, with Preview and the privacy policy.
import { NewsletterForm } from './newsletter-form';

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
      <NewsletterForm source={source} error={error} labelledBy="newsletter-heading" />
    </section>
  );
}
