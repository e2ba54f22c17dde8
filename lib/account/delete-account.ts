// "Delete my account": cancel the subscription at Stripe first, delete the Stripe customer, then erase our copy.
import { z } from 'zod';
import { getStripe } from '@/lib/stripe/get-stripe';
import { fail } from '@/lib/http/failure-response';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { isRunningSubscriptionStatus } from '@/lib/memberships/running-support';
import { stripeUnavailableResult, type AccountActionResult, type AccountUser } from './account-types';
import { erasePersonalData } from './erase-personal-data';
import { getSubscriptionsForSupporter } from './get-account-overview';
import { getReaderCustomerIds } from './get-reader-customer-ids';
import { isStripeMissing } from './is-stripe-missing';
import { linkSupporterToUser } from './link-supporter-to-user';
import { normaliseEmail } from '@/lib/email/normalise-email';

const fieldsSchema = z.object({
  confirm: z.string().trim().toLowerCase().refine((v) => v === 'delete', 'delete_confirm_required'),
});

const DELETE_FORM = '/account#delete-account';

/** Runs a Stripe call, treating "already gone" as done. */
async function unlessMissing(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!isStripeMissing(error)) throw error;
  }
}

export async function deleteAccount(options: { user: AccountUser; fields: Record<string, string>; now: Date }): Promise<AccountActionResult> {
  const parsed = fieldsSchema.safeParse(options.fields);
  if (!parsed.success) return fail(400, 'delete_confirm_required', { field: 'confirm', backTo: DELETE_FORM });
  const supporter = await linkSupporterToUser(options.user);
  const stripe = getStripe();
  let customers: string[] = [];
  try {
    const subscriptions = supporter ? await getSubscriptionsForSupporter(supporter.id) : [];
    // Gathered before anything is cancelled, while every subscription still names its customer.
    customers = await getReaderCustomerIds({ stripe, supporter, subscriptions });
    for (const sub of subscriptions) {
      if (isRunningSubscriptionStatus(sub.status)) await unlessMissing(() => stripe.subscriptions.cancel(sub.stripeSubscriptionId));
    }
    for (const customer of customers) await unlessMissing(() => stripe.customers.del(customer));
  } catch (error) {
    // Nothing is erased here until Stripe has stopped charging: the reader can try again.
    getLogger().warn({ supporter: supporter?.id, err: safeError(error) }, 'account deletion: Stripe step failed');
    return stripeUnavailableResult;
  }
  try {
    await erasePersonalData({ userId: options.user.id, email: normaliseEmail(options.user.email), supporterId: supporter?.id ?? null, stripeCustomerIds: customers, now: options.now });
  } catch (error) {
    // Stripe has stopped charging; a retry skips what is already gone there and erases in one transaction.
    getLogger().error({ supporter: supporter?.id, err: safeError(error) }, 'account deletion: erasing failed');
    return fail(502, 'erase_failed', { backTo: DELETE_FORM });
  }
  getLogger().info({ supporter: supporter?.id ?? null }, 'account deleted at the reader\'s request');
  return { ok: true, notice: 'account_deleted', redirectTo: '/account/deleted', signOut: true };
}
