// Stops recurring support at the end of the paid period, or takes that back before the period ends.
import { z } from 'zod';
import { getStripe } from '@/lib/stripe/get-stripe';
import { failureFromIssue } from '@/lib/http/failure-response';
import type { MessageParams } from '@/lib/http/form-messages';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { notFoundResult, stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { formatDay } from './format-day';
import type { Locale } from '@/lib/i18n/locales';
import { getOwnedRunningSubscription } from './get-owned-subscription';
import { isStripeMissing } from './is-stripe-missing';
import { saveSubscriptionSnapshot } from './save-subscription-snapshot';

const fieldsSchema = z.object({ subscription: z.string().trim().regex(/^sub_\w{1,100}$/, 'subscription_invalid') });

export type SetCancelOptions = { user: AccountUser; fields: Record<string, string>; cancel: boolean; now: Date; locale?: Locale };

export async function setCancelAtPeriodEnd(options: SetCancelOptions): Promise<AccountActionResult> {
  const parsed = fieldsSchema.safeParse(options.fields);
  if (!parsed.success) return failureFromIssue(parsed.error.issues[0], 'subscription');
  const owned = await getOwnedRunningSubscription({ user: options.user, stripeSubscriptionId: parsed.data.subscription, endedCode: 'support_ended' });
  if ('ok' in owned) return owned;
  try {
    const updated = await getStripe().subscriptions.update(owned.stripeSubscriptionId, { cancel_at_period_end: options.cancel });
    // Read time, not request time: a webhook re-read that began before this answer must not win over it.
    await saveSubscriptionSnapshot({ subscription: updated, fetchedAt: new Date() });
    const end = updated.items.data[0]?.current_period_end;
    const params: MessageParams = end ? { day: formatDay(end, options.locale) } : {};
    const subscription = owned.stripeSubscriptionId;
    if (options.cancel) return { ok: true, notice: end ? 'support_ending_on' : 'support_ending', params, subscription };
    return { ok: true, notice: end ? 'support_continues_next' : 'support_continues', params, subscription };
  } catch (error) {
    if (isStripeMissing(error)) return notFoundResult;
    getLogger().warn({ subscription: owned.stripeSubscriptionId, err: safeError(error) }, 'cancel at period end failed');
    return stripeUnavailableResult;
  }
}
