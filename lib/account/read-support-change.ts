// A posted change of support, checked: the reader's own running subscription, an amount the published appeal allows
// for that frequency and currency. The change action and the page confirming a switch read it the same way.
import type { Failure } from '@/lib/http/failure-response';
import { fail, failureFromIssue } from '@/lib/http/failure-response';
import { isCurrency } from '@/lib/support/amounts';
import { checkAmount } from '@/lib/support/check-amount';
import type { AccountUser } from './account-types';
import { getOwnedRunningSubscription, type SubscriptionRow } from './get-owned-subscription';
import { frequencyToInterval, supportChangeSchema } from './parse-support-change';
import type { SupportChange } from './preview-support-change';
import { getSupportChangeRules } from './support-change-rules';

export type ReadChange = { owned: SubscriptionRow; change: SupportChange; amountText: string; interval: 'month' | 'year' };

export async function readSupportChange(user: AccountUser, fields: Record<string, string>): Promise<ReadChange | Failure> {
  const parsed = supportChangeSchema.safeParse(fields);
  if (!parsed.success) return failureFromIssue(parsed.error.issues[0], 'amount');
  const owned = await getOwnedRunningSubscription({ user, stripeSubscriptionId: parsed.data.subscription, endedCode: 'support_ended_start_new' });
  if ('ok' in owned) return owned;
  const currency = owned.currency.trim().toLowerCase();
  if (!isCurrency(currency)) return fail(409, 'support_currency_unchangeable');
  const { frequency, amount: amountText } = parsed.data;
  // The published appeal's amounts: a change may not go where a new gift could not.
  const rules = await getSupportChangeRules(currency);
  const checked = checkAmount({ text: amountText, currency, frequency, rule: rules[frequency] });
  if (!checked.ok) return fail(400, checked.code, { field: 'amount', params: checked.params, keep: { amount: amountText, frequency, subscription: owned.stripeSubscriptionId } });
  return {
    owned,
    change: { stripeSubscriptionId: owned.stripeSubscriptionId, amount: checked.minor, currency, frequency },
    amountText,
    interval: frequencyToInterval(frequency),
  };
}
