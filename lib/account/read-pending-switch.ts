// The account page after a switch between monthly and annual was asked for: the reader's own support, the amount
// checked again, and Stripe's preview of what the switch charges now, for a form that confirms exactly that.
import { formMessage } from '@/lib/http/form-messages';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { readerMoney } from './reader-money';
import { getStripe } from '@/lib/stripe/get-stripe';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import type { AccountUser } from './account-types';
import { previewSupportChange } from './preview-support-change';
import { readSupportChange } from './read-support-change';
import { switchConfirmation } from './switch-confirmation';

export type PendingSwitch = {
  subscription: string;
  amount: string;
  frequency: 'monthly' | 'annual';
  prorationDate: number;
  /** What will happen in money, in the site's words. */
  message: string;
  /** The confirm button's words: what it charges. */
  button: string;
};

export async function readPendingSwitch(user: AccountUser, query: Record<string, string | undefined>, locale: Locale = 'en'): Promise<PendingSwitch | null> {
  if (query.error !== 'support_switch_confirm' && query.error !== 'support_switch_confirm_credit') return null;
  const fields = { subscription: query.subscription ?? '', amount: query.amount ?? '', frequency: query.frequency ?? '' };
  const read = await readSupportChange(user, fields);
  if ('ok' in read || read.owned.interval === read.interval) return null;
  try {
    const preview = await previewSupportChange({ stripe: getStripe(), change: read.change });
    const shown = switchConfirmation(preview, read.change, locale);
    const message = formMessage(shown.code, shown.params, locale);
    const t = translatorFor(locale, 'account');
    if (!message) return null;
    return {
      subscription: read.owned.stripeSubscriptionId, amount: read.amountText, frequency: read.change.frequency, prorationDate: preview.prorationDate, message,
      button: preview.dueNow > 0 ? t('confirmSwitch.payNow', { amount: readerMoney(preview.dueNow, read.change.currency, locale) }) : t('confirmSwitch.confirm'),
    };
  } catch (error) {
    getLogger().warn({ subscription: read.owned.stripeSubscriptionId, err: safeError(error) }, 'switch preview failed');
    return null;
  }
}
