// "Sign up for our free weekly newsletter": a form posting to /newsletter/subscribe (in the page's language), with
// Preview and the privacy policy. The form is a client component: it gets its words here, already translated.
import Link from 'next/link';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { NewsletterForm, type NewsletterFormText } from './newsletter-form';

type Props = {
  locale: Locale;
  /** The page the reader signs up from (stored with their consent). */
  source: string;
  /** A message to show after a failed signup without JavaScript (?form=newsletter&error=...). */
  error?: string | null;
};

/** A message with one <tag>…</tag> as the words before, inside and after it (for a client component's own element). */
function around(markup: string): [string, string, string] {
  const [before = '', inside = '', after = ''] = markup.split('\u0000');
  return [before, inside, after];
}

export function NewsletterSignup({ locale, source, error = null }: Props) {
  const t = translatorFor(locale, 'front');
  const text: NewsletterFormText = {
    email: t('newsletter.email'),
    signUp: t('newsletter.signUp'),
    sending: t('newsletter.sending'),
    sent: t('newsletter.sent'),
    failed: t('newsletter.failed'),
    spam: around(t.markup('newsletter.spam', { again: (chunks) => `\u0000${chunks}\u0000` })),
    preview: t('newsletter.preview'),
    consent: t.rich('newsletter.consent', { privacy: (chunks) => <Link href={localePath(locale, '/privacy')} className="underline">{chunks}</Link> }),
  };
  return (
    <section id="newsletter" aria-labelledby="newsletter-heading" className="mt-10 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id="newsletter-heading" className="font-serif text-xl font-bold">{t('newsletter.heading')}</h2>
      <NewsletterForm
        source={source}
        error={error}
        labelledBy="newsletter-heading"
        action={localePath(locale, '/newsletter/subscribe')}
        previewHref={localePath(locale, '/newsletter/preview')}
        text={text}
      />
    </section>
  );
}
