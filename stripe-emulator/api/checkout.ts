// Checkout Sessions: create, retrieve, list, list line items, expire.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { matchesRange, newestFirst, paginate } from '../core/list';
import { expand, listParams, obj, str } from '../core/params';
import type { Operation } from '../core/router';
import { expireSession } from '../billing/session-expiry';
import { createSession, createSessionParams } from './checkout-create';

export function getSession(ctx: Context, id: string): Stripe.Checkout.Session {
  const s = ctx.state.objects.checkout_sessions[id];
  if (!s) throw resourceMissing('checkout.session', id);
  return s;
}

export function sessionLineItems(ctx: Context, id: string, url: string): Stripe.ApiList<Stripe.LineItem> {
  const items = ctx.state.internal.session_line_items[id] ?? [];
  return { object: 'list', data: items, has_more: false, url };
}

function expire(ctx: Context, id: string): Stripe.Checkout.Session {
  const session = getSession(ctx, id);
  if (session.status !== 'open') throw invalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of \`${session.status}\`.`, undefined);
  expireSession(ctx, session);
  return session;
}

export const checkoutOperations: Operation[] = [
  {
    method: 'POST', path: '/v1/checkout/sessions', params: createSessionParams, required: ['success_url'],
    handle: (ctx, req) => createSession(ctx, req.params),
  },
  { method: 'GET', path: '/v1/checkout/sessions/{session}', params: { expand }, handle: (ctx, req) => getSession(ctx, req.path.session) },
  {
    method: 'GET', path: '/v1/checkout/sessions',
    params: { ...listParams, customer: str, payment_intent: str, subscription: str, customer_details: obj({ email: str }, ['email']) },
    handle: (ctx, req) => {
      const p = req.params;
      const email = (p.customer_details as { email?: string } | undefined)?.email;
      const all = newestFirst(ctx.state.objects.checkout_sessions).filter(
        (s) =>
          (p.customer === undefined || s.customer === p.customer) &&
          (p.payment_intent === undefined || s.payment_intent === p.payment_intent) &&
          (p.subscription === undefined || s.subscription === p.subscription) &&
          (email === undefined || s.customer_details?.email === email) &&
          matchesRange(s.created, p.created),
      );
      return paginate(all, p, req.url);
    },
  },
  {
    method: 'GET', path: '/v1/checkout/sessions/{session}/line_items', params: listParams,
    handle: (ctx, req) => {
      getSession(ctx, req.path.session);
      return paginate(ctx.state.internal.session_line_items[req.path.session] ?? [], req.params, req.url);
    },
  },
  { method: 'POST', path: '/v1/checkout/sessions/{session}/expire', params: { expand }, handle: (ctx, req) => expire(ctx, req.path.session) },
];
