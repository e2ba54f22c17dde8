// "Your support": the running support with its controls; when a reader has more than one running (paid twice, from
// two browsers), each is listed with its own controls and a line saying every one of them is charged.
import { formatDay } from '@/lib/account/format-day';
import type { CardSummary } from '@/lib/account/get-subscription-card';
import type { SubscriptionRow } from '@/lib/account/get-account-overview';
import type { PendingSwitch } from '@/lib/account/read-pending-switch';
import type { SupportChangeRules } from '@/lib/account/support-change-rules';
import { describeSupport } from '@/lib/account/support-notice-params';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { ChangeSupportForm } from './change-support-form';
import { ConfirmSwitchForm } from './confirm-switch-form';
import { CurrentSupport } from './current-support';
import { ManageCardForm, StopSupportForm } from './stop-support-form';

type Props = {
  running: SubscriptionRow[];
  ended: SubscriptionRow | null;
  cards: Record<string, CardSummary | null>;
  changeRules: Record<string, SupportChangeRules>;
  /** A switch between monthly and annual waiting for the reader's confirmation. */
  pending: PendingSwitch | null;
  /** The support a refused change was about, and what was typed into its form. */
  about: string | null;
  error?: { field?: string; message: string };
  typed?: { amount?: string; frequency?: string };
  locale?: Locale;
};


export function RunningSupports({ running, ended, cards, changeRules, pending, about, error, typed, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'account');
  const describe = (s: SubscriptionRow) => describeSupport(s, locale);
  /** The confirmation of a pending switch, else the change form (none once the support is set to end). */
  const changeControls = (s: SubscriptionRow, nested: boolean) => {
    if (pending?.subscription === s.stripeSubscriptionId) return <ConfirmSwitchForm pending={pending} locale={locale} />;
    const rules = changeRules[s.currency.trim().toLowerCase()];
    if (s.cancelAtPeriodEnd || !rules) return null;
    const mine = about === s.stripeSubscriptionId;
    return nested
      ? <ChangeSupportForm current={s} rules={rules} idSuffix={`-${s.id}`} headingLevel={4} error={mine ? error : undefined} typed={mine ? typed : undefined} locale={locale} />
      : <ChangeSupportForm current={s} rules={rules} error={error} typed={typed} locale={locale} />;
  };
  if (running.length <= 1) {
    const current = running[0] ?? null;
    return (
      <>
        <div className="mt-4">
          <CurrentSupport current={current} ended={ended} card={current ? (cards[current.stripeSubscriptionId] ?? null) : null} locale={locale} />
        </div>
        {current ? (
          <>
            {changeControls(current, false)}
            <StopSupportForm current={current} locale={locale} />
            <ManageCardForm locale={locale} />
          </>
        ) : null}
      </>
    );
  }
  return (
    <>
      <p className="mt-4 rounded border-2 border-accent p-3">
        {t('running.several', { count: running.length, list: running.map(describe).join(t('and')) })}
      </p>
      {running.map((s) => {
        const headingId = `support-${s.id}`;
        return (
          <section key={s.id} aria-labelledby={headingId} className="mt-6 border-t border-gray-200 pt-4">
            <h3 id={headingId} className="text-lg font-bold">{t('running.since', { support: describe(s), day: formatDay(s.startedAt, locale) })}</h3>
            <div className="mt-3">
              <CurrentSupport current={s} ended={null} card={cards[s.stripeSubscriptionId] ?? null} locale={locale} />
            </div>
            {changeControls(s, true)}
            <StopSupportForm current={s} locale={locale} />
          </section>
        );
      })}
      <ManageCardForm locale={locale} />
    </>
  );
}
