// expand[]: replaces ID strings with the objects they name, following dotted paths (data.customer,
// payment_intent.latest_charge). Only fields Stripe marks expandable can be expanded, as on Stripe.
import { invalidRequest } from './errors';
import { lookupById, type State } from './store';

/** Fields that are not stored on the object but computed when expanded (e.g. a session's line_items). */
export type VirtualExpander = (state: State, owner: Record<string, unknown>, field: string) => unknown | undefined;

const MAX_DEPTH = 4;

/**
 * The expandable fields of each object type (the SDK's `string | Object` fields and the includable lists), as dotted
 * paths from the object; a path through a plain sub-object (invoice.parent.subscription_details) names it whole.
 */
const EXPANDABLE: Record<string, readonly string[]> = {
  'checkout.session': ['customer', 'invoice', 'line_items', 'payment_intent', 'payment_link', 'setup_intent', 'subscription'],
  customer: ['default_source', 'invoice_settings.default_payment_method', 'test_clock'],
  subscription: ['application', 'customer', 'default_payment_method', 'default_source', 'discounts', 'items', 'latest_invoice', 'on_behalf_of', 'pending_setup_intent', 'schedule', 'test_clock'],
  subscription_item: ['price', 'discounts'],
  item: ['price', 'discounts'],
  price: ['product'],
  product: ['default_price', 'tax_code'],
  invoice: ['account_tax_ids', 'application', 'customer', 'default_payment_method', 'default_source', 'discounts', 'from_invoice.invoice', 'latest_revision', 'lines', 'on_behalf_of', 'parent.subscription_details.subscription', 'payments', 'test_clock'],
  line_item: ['discounts', 'subscription'],
  invoice_payment: ['invoice', 'payment.charge', 'payment.payment_intent'],
  payment_intent: ['application', 'customer', 'latest_charge', 'on_behalf_of', 'payment_method', 'payment_record', 'review', 'source'],
  charge: ['application', 'application_fee', 'balance_transaction', 'customer', 'failure_balance_transaction', 'on_behalf_of', 'payment_intent', 'refunds', 'review', 'source_transfer', 'transfer'],
  refund: ['balance_transaction', 'charge', 'customer', 'failure_balance_transaction', 'payment_intent', 'payment_method', 'source_transfer_reversal', 'transfer_reversal'],
  dispute: ['balance_transactions', 'charge', 'payment_intent'],
  payment_method: ['customer'],
  'billing_portal.session': ['configuration'],
};

function notExpandable(full: string): never {
  throw invalidRequest(`This property cannot be expanded (${full}).`, 'expand');
}

/** How many leading segments of `parts` name one expandable field of an object of this type (0: none). */
function expandableSpan(type: string, parts: string[]): number {
  const fields = EXPANDABLE[type] ?? [];
  for (let n = Math.min(parts.length, 3); n >= 1; n--) {
    if (fields.includes(parts.slice(0, n).join('.'))) return n;
  }
  return 0;
}

function resolve(state: State, owner: Record<string, unknown>, field: string, virtual: VirtualExpander, full: string): unknown {
  const computed = virtual(state, owner, field);
  if (computed !== undefined) return computed;
  const current = owner[field];
  if (typeof current !== 'string') return current ?? null;
  const found = lookupById(state, current);
  if (!found) throw invalidRequest(`The emulator cannot expand ${full}: it does not keep ${current.split('_')[0]}_ objects.`, 'expand');
  return found;
}

function expandOne(state: State, value: unknown, parts: string[], virtual: VirtualExpander, full: string): unknown {
  if (parts.length === 0 || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => expandOne(state, v, parts, virtual, full));
  if (typeof value !== 'object') return value;
  const obj = { ...(value as Record<string, unknown>) };
  if (obj.object === 'list') {
    if (parts[0] !== 'data') notExpandable(full);
    obj.data = (obj.data as unknown[]).map((item) => expandOne(state, item, parts.slice(1), virtual, full));
    return obj;
  }
  const span = expandableSpan(String(obj.object), parts);
  if (span === 0) notExpandable(full);
  // Walk the plain sub-objects, then expand the field at the end of the span
  const path = parts.slice(0, span);
  const copies: Record<string, unknown>[] = [obj];
  for (const key of path.slice(0, -1)) {
    const inner = copies[copies.length - 1][key];
    if (inner === null || inner === undefined) return obj;
    const copy = { ...(inner as Record<string, unknown>) };
    copies[copies.length - 1][key] = copy;
    copies.push(copy);
  }
  const holder = copies[copies.length - 1];
  const field = path[path.length - 1];
  holder[field] = expandOne(state, resolve(state, holder, field, virtual, full), parts.slice(span), virtual, full);
  return obj;
}

export function applyExpand(state: State, value: unknown, expand: readonly string[] | undefined, virtual: VirtualExpander): unknown {
  if (!expand || expand.length === 0) return value;
  let out = value;
  for (const path of expand) {
    const parts = path.split('.');
    if (parts.length > MAX_DEPTH) throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property (${path}).`, 'expand');
    out = expandOne(state, out, parts, virtual, path);
  }
  return out;
}
