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
  billing: Record<string, SubscriptionBilling>;
  webhook_secrets: Record<string, string>;
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
      portal_sessions: {}, events: {}, webhook_endpoints: {}, test_clocks: {},
    },
    internal: {
      clock: { offsetSeconds: 0 },
      session_line_items: {}, session_options: {}, cards: {}, billing: {}, webhook_secrets: {}, deliveries: [], idempotency: {},
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
