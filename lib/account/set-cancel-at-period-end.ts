// Stops recurring support at the end of the paid period, or takes that back before the period ends.
import { z } from 'zod';
import { getStripe } from '@/lib/stripe/get-stripe';
import { getLogger } from '@/lib/log/logger';
import { isRunningSubscriptionStatus } from '@/lib/memberships/running-support';
import { notFoundResult, stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { formatDay } from './format-day';
import { getOwnedSubscription } from './get-owned-subscription';
import { isStripeMissing } from './is-stripe-missing';
import { linkSupporterToUser } from './link-supporter-to-user';
import { saveSubscriptionSnapshot } from './save-subscription-snapshot';

const fieldsSchema = z.object({ subscription: z.string().trim().regex(/^sub_\w{1,100}$/, 'Choose the support to change.') });

export type SetCancelOptions = { user: AccountUser; fields: Record<string, string>; cancel: boolean; now: Date };

export async function setCancelAtPeriodEnd(options: SetCancelOptions): Promise<AccountActionResult> {
  const parsed = fieldsSchema.safeParse(options.fields);
  if (!parsed.success) return { ok: false, status: 400, field: 'subscription', message: parsed.error.issues[0].message };
  await linkSupporterToUser(options.user);
  const owned = await getOwnedSubscription({ userId: options.user.id, stripeSubscriptionId: parsed.data.subscription });
  if (!owned) return notFoundResult;
  if (!isRunningSubscriptionStatus(owned.status)) {
    return { ok: false, status: 409, message: 'This support has already ended.' };
  }
  try {
    const updated = await getStripe().subscriptions.update(owned.stripeSubscriptionId, { cancel_at_period_end: options.cancel });
    // Read time, not request time: a webhook re-read that began before this answer must not win over it.
    await saveSubscriptionSnapshot({ subscription: updated, fetchedAt: new Date() });
    const end = updated.items.data[0]?.current_period_end;
    const day = end ? formatDay(end) : null;
    if (options.cancel) {
      return { ok: true, notice: `Your support will end${day ? ` on ${day}` : ' at the end of this period'}. Nothing more will be charged. You can undo this until then.` };
    }
    return { ok: true, notice: `Your support continues${day ? `; the next payment is on ${day}` : ''}. Thank you.` };
  } catch (error) {
    if (isStripeMissing(error)) return notFoundResult;
    getLogger().warn({ subscription: owned.stripeSubscriptionId, err: error instanceof Error ? error.message : String(error) }, 'cancel at period end failed');
    return stripeUnavailableResult;
  }
}
