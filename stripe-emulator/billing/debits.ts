// SEPA-like bank debits: an IBAN checked as Stripe's form does, then a payment that stays processing until it settles
// (or fails) SETTLEMENT_SECONDS later on its clock, as Stripe's delayed test IBANs do.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { newId, randomToken } from '../core/ids';
import { scheduleAction } from '../core/schedule';
import type { DebitInfo, Decline } from '../core/store';
import { newCharge, newPaymentIntent, payWithCard, type BillingContact, type PaymentRequest, type PaymentResult } from './payments';

export const SETTLEMENT_SECONDS = 180;

/** Stripe's test IBANs; any other valid IBAN settles too. */
const FAILING_IBANS = new Set(['DE62370400440532013001', 'AT861904300235473202']);

const DEBIT_FAILED: Decline = { code: 'insufficient_funds', decline_code: null, message: "The customer's account has insufficient funds to cover this payment." };

export type IbanCheck = { ok: true; debit: DebitInfo } | { ok: false; message: string };

function mod97(iban: string): number {
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest;
}

export function checkIban(raw: string): IbanCheck {
  const iban = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return { ok: false, message: 'Your IBAN is incomplete.' };
  if (mod97(iban) !== 1) return { ok: false, message: 'Your IBAN is invalid.' };
  return { ok: true, debit: { country: iban.slice(0, 2), bank_code: iban.slice(4, 12), last4: iban.slice(-4), outcome: FAILING_IBANS.has(iban) ? 'fail' : 'succeed' } };
}

export function createDebitPaymentMethod(ctx: Context, debit: DebitInfo, contact: BillingContact, customer: string | null, clock: string | null): Stripe.PaymentMethod {
  const pm: Stripe.PaymentMethod = {
    id: newId('pm_'), object: 'payment_method', allow_redisplay: 'unspecified',
    billing_details: { address: null, email: contact.email, name: contact.name, phone: null, tax_id: null },
    created: ctx.now(clock), customer, customer_account: null, livemode: false, metadata: {}, type: 'sepa_debit',
    sepa_debit: { bank_code: debit.bank_code, branch_code: null, country: debit.country, fingerprint: randomToken(16), generated_from: null, last4: debit.last4 },
  };
  ctx.state.objects.payment_methods[pm.id] = pm;
  ctx.state.internal.debits[pm.id] = debit;
  if (customer) ctx.emit('payment_method.attached', pm, { clock });
  return pm;
}

function debitDetails(debit: DebitInfo): Stripe.Charge.PaymentMethodDetails {
  return {
    type: 'sepa_debit',
    sepa_debit: { bank_code: debit.bank_code, branch_code: null, country: debit.country, fingerprint: randomToken(16), last4: debit.last4, mandate: 'mandate_' + randomToken(24) },
  };
}

/** Submits a debit: the PaymentIntent is processing and its charge pending until the debit settles. */
function startDebit(ctx: Context, req: PaymentRequest): PaymentResult {
  const debit = ctx.state.internal.debits[req.paymentMethod];
  const intent = req.existing ?? newPaymentIntent(ctx, req);
  const charge = newCharge(ctx, req, intent, { status: 'pending', decline: null, details: debitDetails(debit) });
  intent.latest_charge = charge.id;
  intent.payment_method = req.paymentMethod;
  intent.payment_method_types = ['sepa_debit'];
  intent.status = 'processing';
  intent.last_payment_error = null;
  ctx.emit('payment_intent.processing', intent, { clock: req.clock });
  ctx.emit('charge.pending', charge, { clock: req.clock });
  scheduleAction(ctx, { at: ctx.now(req.clock) + SETTLEMENT_SECONDS, clock: req.clock, kind: 'settle_debit', target: intent.id });
  return { intent, charge, decline: null, processing: true };
}

/** Pays with whatever the payment method is: a card at once, a debit later. */
export function payWithMethod(ctx: Context, req: PaymentRequest): PaymentResult {
  return ctx.state.internal.debits[req.paymentMethod] ? startDebit(ctx, req) : payWithCard(ctx, req);
}

/** The debit's money arrived (or did not): the charge and PaymentIntent say so, with their events. */
export function settleDebit(ctx: Context, intent: Stripe.PaymentIntent, clock: string | null): 'succeeded' | 'failed' {
  const charge = ctx.state.objects.charges[intent.latest_charge as string];
  const debit = ctx.state.internal.debits[intent.payment_method as string];
  if (debit?.outcome === 'fail') {
    Object.assign(charge, { status: 'failed', paid: false, failure_code: DEBIT_FAILED.code, failure_message: DEBIT_FAILED.message });
    intent.status = 'requires_payment_method';
    intent.last_payment_error = { type: 'invalid_request_error', code: DEBIT_FAILED.code, message: DEBIT_FAILED.message, charge: charge.id, payment_method: ctx.state.objects.payment_methods[intent.payment_method as string] };
    ctx.emit('charge.failed', charge, { clock });
    ctx.emit('payment_intent.payment_failed', intent, { clock });
    return 'failed';
  }
  Object.assign(charge, { status: 'succeeded', paid: true });
  charge.outcome = { ...charge.outcome!, seller_message: 'Payment complete.' };
  intent.status = 'succeeded';
  intent.amount_received = intent.amount;
  ctx.emit('charge.succeeded', charge, { clock });
  ctx.emit('payment_intent.succeeded', intent, { clock });
  return 'succeeded';
}
