// A Checkout Session that expires (at expires_at, or through the API) cancels the PaymentIntent a failed attempt left.
import type Stripe from 'stripe';
import type { Context } from '../core/context';

export function expireSession(ctx: Context, session: Stripe.Checkout.Session): void {
  session.status = 'expired';
  session.url = null;
  const intent = session.payment_intent ? ctx.state.objects.payment_intents[session.payment_intent as string] : undefined;
  if (intent && !['succeeded', 'processing', 'canceled'].includes(intent.status)) {
    intent.status = 'canceled';
    intent.canceled_at = ctx.now();
    intent.cancellation_reason = 'expired';
    ctx.emit('payment_intent.canceled', intent);
  }
  ctx.emit('checkout.session.expired', session);
}
