// Raises, lowers or re-times a reader's recurring support at Stripe without charging them twice.
import { getStripe } from '@/lib/stripe/get-stripe';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { getConfig } from '@/lib/config';
import { ensureSupportProduct } from '@/lib/support/ensure-support-product';
import { isCurrency } from '@/lib/support/amounts';
import { checkAmount } from '@/lib/support/check-amount';
import { fail, failureFromIssue } from '@/lib/http/failure-response';
import { notFoundResult, stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { getOwnedRunningSubscription } from './get-owned-subscription';
import { isStripeMissing } from './is-stripe-missing';
import { frequencyToInterval, supportChangeSchema } from './parse-support-change';
import { saveSubscriptionSnapshot } from './save-subscription-snapshot';
import { supportNoticeParams } from './support-notice-params';

export type ChangeSubscriptionOptions = { user: AccountUser; fields: Record<string, string>; now: Date };

export async function changeSubscription(options: ChangeSubscriptionOptions): Promise<AccountActionResult> {
  const parsed = supportChangeSchema.safeParse(options.fields);
  if (!parsed.success) return failureFromIssue(parsed.error.issues[0], 'amount');
  const owned = await getOwnedRunningSubscription({ user: options.user, stripeSubscriptionId: parsed.data.subscription, endedCode: 'support_ended_start_new' });
  if ('ok' in owned) return owned;
  const currency = owned.currency.trim().toLowerCase();
  if (!isCurrency(currency)) return fail(409, 'support_currency_unchangeable');
  const { frequency } = parsed.data;
  // The same amounts table as the appeal: a change may not go where a new gift could not.
  const checked = checkAmount({ text: parsed.data.amount, currency, frequency });
  if (!checked.ok) return fail(400, checked.code, { field: 'amount', params: checked.params, keep: { amount: parsed.data.amount, frequency, subscription: owned.stripeSubscriptionId } });
  const amount = checked.minor;
  const interval = frequencyToInterval(frequency);
  const support = supportNoticeParams({ amount, currency, interval, periodEnd: null });
  const subscription = owned.stripeSubscriptionId;
  if (owned.amount === amount && owned.interval === interval) return { ok: true, notice: 'support_unchanged', params: support, subscription };

  const stripe = getStripe();
  try {
    const current = await stripe.subscriptions.retrieve(owned.stripeSubscriptionId);
    const item = current.items.data[0];
    const product = await ensureSupportProduct({ stripe, frequency, publicationName: getConfig().PUBLICATION_NAME });
    const switching = owned.interval !== interval;
    // Same frequency: no proration, so nothing is charged now and the new amount applies from the next payment.
    // Another frequency: Stripe restarts the billing period, so the unused part of this one is credited, never charged twice.
    const updated = await stripe.subscriptions.update(owned.stripeSubscriptionId, {
      items: [{ id: item.id, price_data: { currency, product, unit_amount: amount, recurring: { interval } } }],
      proration_behavior: switching ? 'create_prorations' : 'none',
      metadata: { frequency },
    });
    // Read time, not request time: a webhook re-read that began before this answer must not win over it.
    await saveSubscriptionSnapshot({ subscription: updated, fetchedAt: new Date() });
    if (switching) return { ok: true, notice: 'support_switched', params: support, subscription };
    const params = supportNoticeParams({ amount, currency, interval, periodEnd: updated.items.data[0]?.current_period_end });
    return { ok: true, notice: params.day ? 'support_changed_from' : 'support_changed', params, subscription };
  } catch (error) {
    if (isStripeMissing(error)) return notFoundResult;
    getLogger().warn({ subscription: owned.stripeSubscriptionId, err: safeError(error) }, 'subscription change failed');
    return stripeUnavailableResult;
  }
}
