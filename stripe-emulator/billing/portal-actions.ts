// What the Billing Portal can do: cancel at period end, resume, and replace the card.
import type Stripe from 'stripe';
import { setCancelAtPeriodEnd } from '../api/subscriptions';
import type { Context } from '../core/context';
import { checkCard, type CardForm } from './cards';
import { createPaymentMethod } from './payments';

export type PortalOutcome = { ok: true; notice: string } | { ok: false; message: string };

function ownedSubscription(ctx: Context, customer: string, subId: string): Stripe.Subscription | null {
  const sub = ctx.state.objects.subscriptions[subId];
  return sub && sub.customer === customer && sub.status !== 'canceled' ? sub : null;
}

export function portalSetCancel(ctx: Context, customer: string, subId: string, cancel: boolean): PortalOutcome {
  const sub = ownedSubscription(ctx, customer, subId);
  if (!sub) return { ok: false, message: 'This subscription can no longer be changed.' };
  const previous: Record<string, unknown> = {};
  setCancelAtPeriodEnd(ctx, sub, cancel, previous);
  if (cancel) sub.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: 'cancellation_requested' };
  if (Object.keys(previous).length > 0) ctx.emit('customer.subscription.updated', sub, { previous, clock: (sub.test_clock as string | null) ?? null });
  return { ok: true, notice: cancel ? 'Your subscription has been canceled. It stays active until the end of the current period.' : 'Your subscription has been renewed and will continue.' };
}

/** Saves a new card as the customer's default and every active subscription's payment method. */
export function portalUpdateCard(ctx: Context, customer: Stripe.Customer, form: CardForm): PortalOutcome {
  const clock = (customer.test_clock as string | null | undefined) ?? null;
  const check = checkCard(form, ctx.now(clock));
  if (!check.ok) return { ok: false, message: check.decline.message };
  const pm = createPaymentMethod(ctx, check.card, { email: customer.email, name: form.name.trim() || null }, customer.id, clock);
  const previousSettings = { ...customer.invoice_settings };
  customer.invoice_settings.default_payment_method = pm.id;
  ctx.emit('customer.updated', customer, { previous: { invoice_settings: previousSettings }, clock });
  for (const sub of Object.values(ctx.state.objects.subscriptions)) {
    if (sub.customer !== customer.id || sub.status === 'canceled') continue;
    const previous = { default_payment_method: sub.default_payment_method };
    sub.default_payment_method = pm.id;
    ctx.emit('customer.subscription.updated', sub, { previous, clock });
  }
  return { ok: true, notice: `Your card ending in ${check.card.last4} was saved.` };
}
