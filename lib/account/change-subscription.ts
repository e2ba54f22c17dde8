// Raises, lowers or re-times a reader's recurring support at Stripe without charging them twice.
import { getStripe } from '@/lib/stripe/get-stripe';
import { getLogger } from '@/lib/log/logger';
import { getConfig } from '@/lib/config';
import { ensureSupportProduct } from '@/lib/support/ensure-support-product';
import { isCurrency } from '@/lib/support/amounts';
import { checkAmount } from '@/lib/support/check-amount';
import { formatMoney } from '@/lib/support/format-money';
import { isRunningSubscriptionStatus } from '@/lib/memberships/running-support';
import { notFoundResult, stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { formatDay } from './format-day';
import { getOwnedSubscription } from './get-owned-subscription';
import { isStripeMissing } from './is-stripe-missing';
import { linkSupporterToUser } from './link-supporter-to-user';
import { frequencyToInterval, supportChangeSchema } from './parse-support-change';
import { saveSubscriptionSnapshot } from './save-subscription-snapshot';

export type ChangeSubscriptionOptions = { user: AccountUser; fields: Record<string, string>; now: Date };

export async function changeSubscription(options: ChangeSubscriptionOptions): Promise<AccountActionResult> {
  const parsed = supportChangeSchema.safeParse(options.fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, status: 400, field: String(issue.path[0] ?? 'amount'), message: issue.message };
  }
  await linkSupporterToUser(options.user);
  const owned = await getOwnedSubscription({ userId: options.user.id, stripeSubscriptionId: parsed.data.subscription });
  if (!owned) return notFoundResult;
  if (!isRunningSubscriptionStatus(owned.status)) {
    return { ok: false, status: 409, message: 'This support has ended. You can start new support from the Support us page.' };
  }
  const currency = owned.currency.trim().toLowerCase();
  if (!isCurrency(currency)) return { ok: false, status: 409, message: 'This support can only be changed by writing to us.' };
  const { frequency } = parsed.data;
  // The same amounts table as the appeal: a change may not go where a new gift could not.
  const checked = checkAmount({ text: parsed.data.amount, currency, frequency });
  if (!checked.ok) return { ok: false, status: 400, field: 'amount', message: checked.message, keep: { amount: parsed.data.amount, frequency } };
  const amount = checked.minor;
  const interval = frequencyToInterval(frequency);
  const described = `${formatMoney(amount, currency)} ${frequency}`;
  if (owned.amount === amount && owned.interval === interval) return { ok: true, notice: `Your support is already ${described}.` };

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
    if (switching) return { ok: true, notice: `Thank you. Your support is now ${described}; what you already paid for this period counts toward it.` };
    const nextPayment = updated.items.data[0]?.current_period_end;
    const when = nextPayment ? ` from your next payment on ${formatDay(nextPayment)}` : '';
    return { ok: true, notice: `Thank you. Your support is now ${described}${when}.` };
  } catch (error) {
    if (isStripeMissing(error)) return notFoundResult;
    getLogger().warn({ subscription: owned.stripeSubscriptionId, err: error instanceof Error ? error.message : String(error) }, 'subscription change failed');
    return stripeUnavailableResult;
  }
}
