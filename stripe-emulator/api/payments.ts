// Payment Intents, Charges, Payment Methods, Refunds, Disputes, Invoices and Invoice Payments (read side + refunds).
import type Stripe from 'stripe';
import { acceptDispute, refundCharge, updateDispute, type DisputeUpdate } from '../billing/refunds';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { listWhere, matchesRange, newestFirst, paginate } from '../core/list';
import { bool, expand, int, listParams, metadata, obj, oneOf, range, str } from '../core/params';
import type { Operation } from '../core/router';
import type { Collections } from '../core/store';
import { cleanMetadata } from './shared';

function getter<K extends keyof Collections>(collection: K, word: string) {
  return (ctx: Context, id: string, param?: string): Collections[K][string] => {
    const found = (ctx.state.objects[collection] as Record<string, Collections[K][string]>)[id];
    if (!found) throw resourceMissing(word, id, param);
    return found;
  };
}

export const getCharge = getter('charges', 'charge');
export const getPaymentIntent = getter('payment_intents', 'payment_intent');
export const getInvoice = getter('invoices', 'invoice');
const getPaymentMethod = getter('payment_methods', 'PaymentMethod');
const getRefund = getter('refunds', 'refund');
const getDispute = getter('disputes', 'dispute');

function createRefund(ctx: Context, p: Record<string, unknown>): Stripe.Refund {
  if (!p.charge && !p.payment_intent) throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.', undefined);
  let charge: Stripe.Charge;
  if (p.charge) charge = getCharge(ctx, p.charge as string, 'charge');
  else {
    const intent = getPaymentIntent(ctx, p.payment_intent as string, 'payment_intent');
    if (intent.status !== 'succeeded' || !intent.latest_charge) throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, 'payment_intent', 'charge_not_refundable');
    charge = getCharge(ctx, intent.latest_charge as string);
  }
  if (p.charge && p.payment_intent && charge.payment_intent !== p.payment_intent) {
    throw invalidRequest('The charge and payment_intent you provided do not match.', 'payment_intent');
  }
  return refundCharge(ctx, { charge, amount: p.amount as number | undefined, reason: p.reason as Stripe.Refund.Reason | undefined, metadata: cleanMetadata(p.metadata) });
}

/** The evidence fields a newsroom would answer with (text only; files are not emulated). */
const disputeEvidence = obj(Object.fromEntries([
  'access_activity_log', 'billing_address', 'cancellation_policy_disclosure', 'cancellation_rebuttal', 'customer_email_address',
  'customer_name', 'customer_purchase_ip', 'duplicate_charge_explanation', 'product_description', 'refund_policy_disclosure',
  'refund_refusal_explanation', 'service_date', 'uncategorized_text',
].map((k) => [k, str])));

export const paymentOperations: Operation[] = [
  { method: 'GET', path: '/v1/payment_intents/{intent}', params: { expand, client_secret: str }, handle: (ctx, req) => getPaymentIntent(ctx, req.path.intent) },
  {
    method: 'GET', path: '/v1/payment_intents', params: { ...listParams, customer: str, created: range },
    handle: (ctx, req) => listWhere(ctx.state.objects.payment_intents, req.params, req.url, ['customer']),
  },
  { method: 'GET', path: '/v1/charges/{charge}', params: { expand }, handle: (ctx, req) => getCharge(ctx, req.path.charge) },
  {
    method: 'GET', path: '/v1/charges', params: { ...listParams, customer: str, payment_intent: str, created: range },
    handle: (ctx, req) => listWhere(ctx.state.objects.charges, req.params, req.url, ['customer', 'payment_intent']),
  },
  { method: 'GET', path: '/v1/payment_methods/{payment_method}', params: { expand }, handle: (ctx, req) => getPaymentMethod(ctx, req.path.payment_method) },
  {
    method: 'GET', path: '/v1/customers/{customer}/payment_methods', params: { ...listParams, type: str },
    handle: (ctx, req) => {
      const c = ctx.state.objects.customers[req.path.customer];
      if (!c || c.deleted) throw resourceMissing('customer', req.path.customer);
      const all = newestFirst(ctx.state.objects.payment_methods).filter((pm) => pm.customer === c.id && (req.params.type === undefined || pm.type === req.params.type));
      return paginate(all, req.params, req.url);
    },
  },
  {
    method: 'GET', path: '/v1/payment_methods', params: { ...listParams, customer: str, type: str },
    extra: 'stripe.paymentMethods.list({customer}); the 2023 extract only has the customer-scoped list',
    handle: (ctx, req) =>
      paginate(newestFirst(ctx.state.objects.payment_methods).filter((pm) => (req.params.customer === undefined || pm.customer === req.params.customer) && (req.params.type === undefined || pm.type === req.params.type)), req.params, req.url),
  },
  {
    method: 'POST', path: '/v1/refunds',
    params: { amount: int, charge: str, payment_intent: str, metadata, expand, reason: oneOf('duplicate', 'fraudulent', 'requested_by_customer') },
    handle: (ctx, req) => createRefund(ctx, req.params),
  },
  { method: 'GET', path: '/v1/refunds/{refund}', params: { expand }, handle: (ctx, req) => getRefund(ctx, req.path.refund) },
  {
    method: 'GET', path: '/v1/refunds', params: { ...listParams, charge: str, payment_intent: str, created: range },
    handle: (ctx, req) => listWhere(ctx.state.objects.refunds, req.params, req.url, ['charge', 'payment_intent']),
  },
  { method: 'GET', path: '/v1/disputes/{dispute}', params: { expand }, handle: (ctx, req) => getDispute(ctx, req.path.dispute) },
  {
    method: 'GET', path: '/v1/disputes', params: { ...listParams, charge: str, payment_intent: str, created: range },
    extra: 'the disputes of a charge (is one still open, was it won); the 2023 extract has only the retrieve',
    handle: (ctx, req) => listWhere(ctx.state.objects.disputes, req.params, req.url, ['charge', 'payment_intent']),
  },
  {
    method: 'POST', path: '/v1/disputes/{dispute}', params: { evidence: disputeEvidence, expand, metadata, submit: bool },
    extra: 'answering a dispute with evidence; the 2023 extract has only the retrieve',
    handle: (ctx, req) => updateDispute(ctx, getDispute(ctx, req.path.dispute), { evidence: req.params.evidence as DisputeUpdate['evidence'], metadata: req.params.metadata as Stripe.Metadata | undefined, submit: req.params.submit as boolean | undefined }),
  },
  {
    method: 'POST', path: '/v1/disputes/{dispute}/close', params: { expand },
    extra: 'accepting a dispute; the 2023 extract has only the retrieve',
    handle: (ctx, req) => acceptDispute(ctx, getDispute(ctx, req.path.dispute)),
  },
  { method: 'GET', path: '/v1/invoices/{invoice}', params: { expand }, handle: (ctx, req) => getInvoice(ctx, req.path.invoice) },
  {
    method: 'GET', path: '/v1/invoices',
    params: { ...listParams, customer: str, subscription: str, created: range, status: oneOf('draft', 'open', 'paid', 'uncollectible', 'void'), collection_method: oneOf('charge_automatically', 'send_invoice') },
    handle: (ctx, req) => {
      const p = req.params;
      const all = newestFirst(ctx.state.objects.invoices).filter(
        (i) =>
          (p.customer === undefined || i.customer === p.customer) &&
          (p.subscription === undefined || i.parent?.subscription_details?.subscription === p.subscription) &&
          (p.status === undefined || i.status === p.status) &&
          (p.collection_method === undefined || i.collection_method === p.collection_method) &&
          matchesRange(i.created, p.created),
      );
      return paginate(all, p, req.url);
    },
  },
  {
    method: 'GET', path: '/v1/invoice_payments',
    params: { ...listParams, invoice: str, payment: obj({ type: oneOf('payment_intent'), payment_intent: str }, ['type']) },
    extra: 'invoice_payments appeared after 2023-08-16 (the 2026 way to find an invoice\'s PaymentIntent)',
    handle: (ctx, req) => {
      const pi = (req.params.payment as { payment_intent?: string } | undefined)?.payment_intent;
      const all = newestFirst(ctx.state.objects.invoice_payments).filter(
        (ip) => (req.params.invoice === undefined || ip.invoice === req.params.invoice) && (pi === undefined || ip.payment.payment_intent === pi),
      );
      return paginate(all, req.params, req.url);
    },
  },
];
