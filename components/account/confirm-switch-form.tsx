// Before a switch between monthly and annual: what it charges now (Stripe's preview), and a button that confirms
// exactly that; or keep the support as it is.
import Link from 'next/link';
import type { PendingSwitch } from '@/lib/account/read-pending-switch';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

export function ConfirmSwitchForm({ pending, locale = 'en' }: { pending: PendingSwitch; locale?: Locale }) {
  const t = translatorFor(locale, 'account');
  return (
    <form method="post" action="/api/account/subscription" aria-labelledby="confirm-switch-heading" className="mt-4 rounded border-2 border-ink p-4">
      <h3 id="confirm-switch-heading" className="text-lg font-bold">{t('confirmSwitch.heading')}</h3>
      <p className="mt-2" id="confirm-switch-money">{pending.message}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="subscription" value={pending.subscription} />
      <input type="hidden" name="amount" value={pending.amount} />
      <input type="hidden" name="frequency" value={pending.frequency} />
      <input type="hidden" name="proration_date" value={String(pending.prorationDate)} />
      <input type="hidden" name="confirm" value="charge" />
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" aria-describedby="confirm-switch-money" className="rounded bg-ink px-5 py-2 font-semibold text-white hover:bg-gray-800">{pending.button}</button>
        <Link href={`${localePath(locale, '/account')}#support-settings`} className="underline">{t('confirmSwitch.keep')}</Link>
      </div>
    </form>
  );
}
