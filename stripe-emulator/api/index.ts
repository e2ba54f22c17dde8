// Every /v1 operation the emulator serves, and the fields computed on expand.
import type { VirtualExpander } from '../core/expand';
import { newestFirst } from '../core/list';
import type { Operation } from '../core/router';
import { catalogOperations } from './catalog';
import { checkoutOperations } from './checkout';
import { customerOperations } from './customers';
import { paymentOperations } from './payments';
import { portalEventClockOperations } from './portal-events-clocks';
import { subscriptionOperations } from './subscriptions';

export const operations: Operation[] = [
  ...checkoutOperations,
  ...customerOperations,
  ...catalogOperations,
  ...subscriptionOperations,
  ...paymentOperations,
  ...portalEventClockOperations,
];

/** line_items on a session and payments on an invoice are not stored on the object; Stripe includes them only when expanded. */
export const virtualFields: VirtualExpander = (state, owner, field) => {
  if (owner.object === 'checkout.session' && field === 'line_items') {
    const id = owner.id as string;
    return { object: 'list', data: state.internal.session_line_items[id] ?? [], has_more: false, url: `/v1/checkout/sessions/${id}/line_items` };
  }
  if (owner.object === 'invoice' && field === 'payments') {
    const id = owner.id as string;
    const data = newestFirst(state.objects.invoice_payments).filter((p) => p.invoice === id);
    return { object: 'list', data, has_more: false, url: `/v1/invoice_payments?invoice=${id}` };
  }
  return undefined;
};
