// Raises, lowers or re-times a reader's recurring support at Stripe, saying first what it costs. The same frequency:
// nothing is charged now, the new amount applies from the next payment. Monthly ⇄ annual: Stripe starts a new period
// today and invoices it at once, less the unused part of the current payment; the reader is shown that amount (Stripe's
// invoice preview) and confirms it, and the change is made for the same moment, so they pay exactly what they saw.
import { z } from 'zod';
import { db } from '@/db/client';
import { transactWithRetry } from '@/db/transact-with-retry';
import { getStripe } from '@/lib/stripe/get-stripe';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { syncInvoiceById } from '@/lib/memberships/sync-invoice';
import { idOf } from '@/lib/memberships/types';
import { readerMoney } from './reader-money';
import type { Locale } from '@/lib/i18n/locales';
import { fail } from '@/lib/http/failure-response';
import { notFoundResult, stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { isStripeMissing } from './is-stripe-missing';
import { changedItems, previewSupportChange } from './preview-support-change';
import { readSupportChange } from './read-support-change';
import { saveSubscriptionSnapshot } from './save-subscription-snapshot';
import { supportNoticeParams } from './support-notice-params';
import { switchConfirmation } from './switch-confirmation';

/** `locale`: the account page's language, for the notice's values (money, days) in JSON answers. */
export type ChangeSubscriptionOptions = { user: AccountUser; fields: Record<string, string>; now: Date; locale?: Locale };

// The reader confirms a switch shown for a moment of Stripe's time; a confirmation older than this is shown afresh.
const CONFIRMATION_SECONDS = 3600;

const confirmSchema = z.object({ confirm: z.literal('charge').optional().catch(undefined), proration_date: z.coerce.number().int().positive().optional().catch(undefined) });

export async function changeSubscription(options: ChangeSubscriptionOptions): Promise<AccountActionResult> {
  const read = await readSupportChange(options.user, options.fields);
  if ('ok' in read) return read;
  const { owned, change, interval, amountText } = read;
  const { amount, currency, frequency } = change;
  const subscription = owned.stripeSubscriptionId;
  const support = supportNoticeParams({ amount, currency, interval, periodEnd: null }, options.locale);
  if (owned.amount === amount && owned.interval === interval) return { ok: true, notice: 'support_unchanged', params: support, subscription };

  const stripe = getStripe();
  try {
    if (owned.interval !== interval) {
      const confirm = confirmSchema.parse(options.fields);
      // Stripe's time now; the confirmed moment must be within the last hour of it.
      const fresh = await previewSupportChange({ stripe, change });
      const at = confirm.proration_date;
      if (confirm.confirm !== 'charge' || !at || at > fresh.prorationDate || at < fresh.prorationDate - CONFIRMATION_SECONDS) {
        const shown = switchConfirmation(fresh, change, options.locale);
        return fail(409, shown.code, { field: 'frequency', params: shown.params, keep: { amount: amountText, frequency, subscription } });
      }
      const updated = await stripe.subscriptions.update(subscription, {
        items: fresh.items, proration_behavior: 'create_prorations', proration_date: at, metadata: { frequency }, expand: ['latest_invoice'],
      });
      await saveSubscriptionSnapshot({ subscription: updated, fetchedAt: new Date() });
      // The invoice Stripe made at once is recorded now, so the account says what was charged without waiting for its webhook.
      const invoiceId = idOf(updated.latest_invoice);
      if (invoiceId) {
        const apply = await syncInvoiceById({ stripe }, invoiceId);
        await transactWithRetry(db, apply);
      }
      const invoice = typeof updated.latest_invoice === 'object' ? updated.latest_invoice : null;
      const params = supportNoticeParams({ amount, currency, interval, periodEnd: updated.items.data[0]?.current_period_end }, options.locale);
      if (invoice && invoice.amount_paid > 0) {
        return { ok: true, notice: 'support_switched_charged', params: { ...params, charged: readerMoney(invoice.amount_paid, currency, options.locale) }, subscription };
      }
      return { ok: true, notice: 'support_switched_credited', params, subscription };
    }
    // Same frequency: no proration, so nothing is charged now and the new amount applies from the next payment.
    const updated = await stripe.subscriptions.update(subscription, { items: await changedItems(stripe, change), proration_behavior: 'none', metadata: { frequency } });
    // Read time, not request time: a webhook re-read that began before this answer must not win over it.
    await saveSubscriptionSnapshot({ subscription: updated, fetchedAt: new Date() });
    const params = supportNoticeParams({ amount, currency, interval, periodEnd: updated.items.data[0]?.current_period_end }, options.locale);
    return { ok: true, notice: params.day ? 'support_changed_from' : 'support_changed', params, subscription };
  } catch (error) {
    if (isStripeMissing(error)) return notFoundResult;
    getLogger().warn({ subscription, err: safeError(error) }, 'subscription change failed');
    return stripeUnavailableResult;
  }
}
