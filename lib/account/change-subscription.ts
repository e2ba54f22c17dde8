// Raises, lowers or re-times a reader's recurring support at Stripe without charging them twice.
import { getStripe } from '@/lib/stripe/get-stripe';
import { getLogger } from '@/lib/log/logger';
import { isLiveSubscriptionStatus, notFoundResult, stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { formatDay } from './format-day';
import { formatMoney, intervalLabel } from './format-money';
import { getOwnedSubscription } from './get-owned-subscription';
import { isStripeMissing } from './is-stripe-missing';
import { linkSupporterToUser } from './link-supporter-to-user';
import { frequencyToInterval, supportChangeSchema, toMinorUnits } from './parse-support-change';
import { saveSubscriptionSnapshot } from './save-subscription-snapshot';
import { validateRecurringAmount } from './validate-recurring-amount';

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
  if (!isLiveSubscriptionStatus(owned.status)) {
    return { ok: false, status: 409, message: 'This support has ended. You can start new support from the Support us page.' };
  }
  const currency = owned.currency.trim().toLowerCase();
  const amount = toMinorUnits(parsed.data.amount, currency);
  if (amount === null) return { ok: false, status: 400, field: 'amount', message: 'Enter the amount as a number, for example 10 or 12.50.' };
  const outOfBounds = validateRecurringAmount({ amount, currency });
  if (outOfBounds) return { ok: false, status: 400, field: 'amount', message: outOfBounds };
  const interval = frequencyToInterval(parsed.data.frequency);
  const described = `${formatMoney(amount, currency)} ${intervalLabel(interval)}`;
  if (owned.amount === amount && owned.interval === interval) return { ok: true, notice: `Your support is already ${described}.` };

  const stripe = getStripe();
  try {
    const current = await stripe.subscriptions.retrieve(owned.stripeSubscriptionId);
    const item = current.items.data[0];
    const product = typeof item.price.product === 'string' ? item.price.product : item.price.product.id;
    // proration_behavior none: no extra invoice now; the new price is charged from the next payment on.
    const updated = await stripe.subscriptions.update(owned.stripeSubscriptionId, {
      items: [{ id: item.id, price_data: { currency, product, unit_amount: amount, recurring: { interval } } }],
      proration_behavior: 'none',
    });
    await saveSubscriptionSnapshot({ subscription: updated, now: options.now });
    const nextPayment = updated.items.data[0]?.current_period_end;
    const when = nextPayment ? ` from your next payment on ${formatDay(nextPayment)}` : '';
    return { ok: true, notice: `Thank you. Your support is now ${described}${when}.` };
  } catch (error) {
    if (isStripeMissing(error)) return notFoundResult;
    getLogger().warn({ subscription: owned.stripeSubscriptionId, err: error instanceof Error ? error.message : String(error) }, 'subscription change failed');
    return stripeUnavailableResult;
  }
}
