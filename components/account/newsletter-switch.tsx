// The newsletter switch: a real switch for screen readers that still works as a plain form button without JavaScript.
import type { NewsletterStatus } from '@/lib/account/get-account-overview';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

export function NewsletterSwitch({ status, locale = 'en' }: { status: NewsletterStatus; locale?: Locale }) {
  const t = translatorFor(locale, 'account');
  const on = status === 'confirmed';
  return (
    <form method="post" action="/api/account/newsletter" className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="newsletter" value={on ? 'off' : 'on'} />
      <button
        type="submit"
        role="switch"
        aria-checked={on}
        aria-describedby="newsletter-state"
        className={`relative inline-flex h-7 w-12 items-center rounded-full border-2 border-ink ${on ? 'bg-green-700' : 'bg-gray-300'}`}
      >
        <span className="sr-only">{t('newsletter.label')}</span>
        <span aria-hidden="true" className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-5' : 'translate-x-0.5'}`} />
      </button>
      <span id="newsletter-state">
        {on ? t('newsletter.on') : status === 'pending' ? t('newsletter.pending') : t('newsletter.off')}
      </span>
    </form>
  );
}
