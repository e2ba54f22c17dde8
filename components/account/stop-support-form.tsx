// Cancel at the end of the paid period, or undo that before it ends; and "Manage card" through Stripe's portal.
import { formatDay } from '@/lib/account/format-day';
import type { SubscriptionRow } from '@/lib/account/get-account-overview';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

export function StopSupportForm({ current, locale = 'en' }: { current: SubscriptionRow; locale?: Locale }) {
  const t = translatorFor(locale, 'account');
  const end = current.currentPeriodEnd ? formatDay(current.currentPeriodEnd, locale) : t('stop.periodEnd');
  // Stopping and undoing it are the same form to a different address, with its own words and weight.
  const resume = current.cancelAtPeriodEnd;
  return (
    <form method="post" action={`/api/account/subscription/${resume ? 'resume' : 'cancel'}`} className="mt-6">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="subscription" value={current.stripeSubscriptionId} />
      <p>{t(resume ? 'stop.ends' : 'stop.cancelNote', { end })}</p>
      <button
        type="submit"
        className={resume ? 'mt-2 rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark' : 'mt-2 rounded border border-gray-600 bg-white px-5 py-2 font-semibold hover:bg-gray-100'}
      >
        {t(resume ? 'stop.keep' : 'stop.cancel')}
      </button>
    </form>
  );
}

export function ManageCardForm({ locale = 'en' }: { locale?: Locale }) {
  const t = translatorFor(locale, 'account');
  return (
    <form method="post" action="/api/account/portal" className="mt-6">
      {/* The portal opens in this language and comes back to this page. */}
      <input type="hidden" name="locale" value={locale} />
      <p>{t('stop.cardNote')}</p>
      <button type="submit" className="mt-2 rounded border border-gray-600 bg-white px-5 py-2 font-semibold hover:bg-gray-100">
        {t('stop.manageCard')}
      </button>
    </form>
  );
}
