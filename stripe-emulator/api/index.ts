// Every /v1 operation the emulator serves, and the fields computed on expand.
import type { VirtualExpander } from '../core/expand';
import { newestFirst } from '../core/list';
import type { Operation } from '../core/router';
import { catalogOperations } from './catalog';
import { checkoutOperations } from './checkout';
import { customerOperations } from './customers';
import { paymentOperations } from './payments';
import { eventOperations } from './events';
import { invoicePreviewOperations } from './invoice-preview';
import { portalOperations } from './portal';
import { subscriptionOperations } from './subscriptions';
import { testClockOperations } from './test-clocks';

export const operations: Operation[] = [
  ...checkoutOperations,
  ...customerOperations,
  ...catalogOperations,
  ...subscriptionOperations,
  ...paymentOperations,
  ...invoicePreviewOperations,
  ...portalOperations,
  ...eventOperations,
  ...testClockOperations,
];

/** line_items on a session, payments on an invoice and refunds on a charge are not stored on the object; Stripe includes them only when expanded. */
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
  if (owner.object === 'charge' && field === 'refunds') {
    const id = owner.id as string;
    const data = newestFirst(state.objects.refunds).filter((r) => r.charge === id);
    return { object: 'list', data, has_more: false, url: `/v1/charges/${id}/refunds` };
  }
  return undefined;
};
