// The emulator's whole state: Stripe objects by collection plus the internal bookkeeping Stripe keeps hidden.
import type Stripe from 'stripe';
import type { ClockState } from './clock';

export type StoredEvent = Stripe.EventBase & {
  type: string;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
};

export interface Delivery {
  id: string;
  event: string;
  endpoint: string;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  delivered: boolean;
  /** True once every try of the schedule failed. */
  gave_up: boolean;
  /** Wall-clock ms of the next try; null when none is due. */
  next_attempt_at: number | null;
  created: number;
}

export interface CardInfo {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  funding: string;
  /** Set when charges on this card decline (e.g. Stripe's 4000 0000 0000 0341). */
  charge_decline: Decline | null;
  /** Stripe's 4000 0000 0000 0259: every charge is disputed at once. */
  dispute_on_charge?: boolean;
  /** Stripe's 4000 0000 0000 5126: refunds start succeeded, then fail. */
  refunds_fail?: boolean;
}

/** One line of a subscription invoice before it is built (proration lines carry negative amounts for credits). */
export interface LineInput {
  amount: number;
  description: string;
  price: Stripe.Price;
  quantity: number;
  period: { start: number; end: number };
  subscriptionItem: string | null;
  proration?: boolean;
}

/** A SEPA-like bank debit: it settles (or fails) some time after it is submitted. */
export interface DebitInfo {
  country: string;
  bank_code: string;
  last4: string;
  /** What the debit does when it settles. */
  outcome: 'succeed' | 'fail';
}

/** Work Stripe does later on a clock: settling a debit, failing a refund, closing a dispute, expiring an incomplete subscription. */
export interface ScheduledAction {
  id: string;
  at: number;
  clock: string | null;
  kind: 'settle_debit' | 'fail_refund' | 'settle_refund' | 'close_dispute' | 'expire_incomplete';
  target: string;
  /** For close_dispute: the outcome. */
  outcome?: 'won' | 'lost';
}

export interface Decline {
  code: string;
  decline_code: string | null;
  message: string;
}

export interface SubscriptionBilling {
  /** The open invoice being retried after a failed renewal. */
  retry_invoice: string | null;
  /** How many retries of that invoice already happened. */
  retries_done: number;
  next_retry_at: number | null;
}

export interface SessionOptions {
  payment_intent_metadata: Stripe.Metadata;
  payment_intent_description: string | null;
  subscription_metadata: Stripe.Metadata;
  subscription_description: string | null;
}

export interface Collections {
  customers: Record<string, Stripe.Customer | Stripe.DeletedCustomer>;
  products: Record<string, Stripe.Product>;
  prices: Record<string, Stripe.Price>;
  checkout_sessions: Record<string, Stripe.Checkout.Session>;
  subscriptions: Record<string, Stripe.Subscription>;
  invoices: Record<string, Stripe.Invoice>;
  invoice_payments: Record<string, Stripe.InvoicePayment>;
  payment_intents: Record<string, Stripe.PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  payment_methods: Record<string, Stripe.PaymentMethod>;
  refunds: Record<string, Stripe.Refund>;
  disputes: Record<string, Stripe.Dispute>;
  portal_sessions: Record<string, Stripe.BillingPortal.Session>;
  portal_configurations: Record<string, Stripe.BillingPortal.Configuration>;
  events: Record<string, StoredEvent>;
  webhook_endpoints: Record<string, Stripe.WebhookEndpoint>;
  test_clocks: Record<string, Stripe.TestHelpers.TestClock>;
}

export interface Internal {
  clock: ClockState;
  session_line_items: Record<string, Stripe.LineItem[]>;
  /** What a session passes on to the objects it creates when paid. */
  session_options: Record<string, SessionOptions>;
  cards: Record<string, CardInfo>;
  debits: Record<string, DebitInfo>;
  scheduled: ScheduledAction[];
  /** Proration lines waiting for a subscription's next invoice (create_prorations). */
  pending_lines: Record<string, LineInput[]>;
  billing: Record<string, SubscriptionBilling>;
  webhook_secrets: Record<string, string>;
  /** When each event was recorded on the global clock (an event on a test clock carries that clock's time). */
  event_recorded_at: Record<string, number>;
  deliveries: Delivery[];
  idempotency: Record<string, { fingerprint: string; status: number; body: string; created: number }>;
  invoice_counter: number;
}

export interface State {
  objects: Collections;
  internal: Internal;
}

export function emptyState(): State {
  return {
    objects: {
      customers: {}, products: {}, prices: {}, checkout_sessions: {}, subscriptions: {}, invoices: {},
      invoice_payments: {}, payment_intents: {}, charges: {}, payment_methods: {}, refunds: {}, disputes: {},
      portal_sessions: {}, portal_configurations: {}, events: {}, webhook_endpoints: {}, test_clocks: {},
    },
    internal: {
      clock: { offsetSeconds: 0 },
      session_line_items: {}, session_options: {}, cards: {}, debits: {}, scheduled: [], pending_lines: {}, billing: {}, webhook_secrets: {}, event_recorded_at: {}, deliveries: [], idempotency: {},
      invoice_counter: 0,
    },
  };
}

export type CollectionName = keyof Collections;

/** Which collection an ID lives in, by its prefix, and the word Stripe uses in "No such ...". */
const PREFIXES: Array<[string, CollectionName, string]> = [
  ['cs_', 'checkout_sessions', 'checkout.session'],
  ['cus_', 'customers', 'customer'],
  ['prod_', 'products', 'product'],
  ['price_', 'prices', 'price'],
  ['sub_', 'subscriptions', 'subscription'],
  ['in_', 'invoices', 'invoice'],
  ['inpay_', 'invoice_payments', 'invoice_payment'],
  ['pi_', 'payment_intents', 'payment_intent'],
  ['ch_', 'charges', 'charge'],
  ['pm_', 'payment_methods', 'PaymentMethod'],
  ['re_', 'refunds', 'refund'],
  ['dp_', 'disputes', 'dispute'],
  ['du_', 'disputes', 'dispute'],
  ['bps_', 'portal_sessions', 'billing_portal.session'],
  ['bpc_', 'portal_configurations', 'billing_portal.configuration'],
  ['evt_', 'events', 'event'],
  ['we_', 'webhook_endpoints', 'webhook_endpoint'],
  ['clock_', 'test_clocks', 'test_helpers.test_clock'],
];

export function collectionForId(id: string): CollectionName | null {
  const hit = PREFIXES.find(([prefix]) => id.startsWith(prefix));
  return hit ? hit[1] : null;
}

export function lookupById(state: State, id: string): object | null {
  const name = collectionForId(id);
  if (!name) return null;
  return (state.objects[name] as Record<string, object>)[id] ?? null;
}
