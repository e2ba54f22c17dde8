// Receipts (charge.receipt_url) and hosted invoices (invoice.hosted_invoice_url) as plain HTML.
import type Stripe from 'stripe';
import { esc, formatDate, formatMoney, page } from './html';

export function renderReceipt(charge: Stripe.Charge): string {
  const card = charge.payment_method_details?.card;
  const refunded = charge.amount_refunded > 0 ? `<p>Refunded: ${esc(formatMoney(charge.amount_refunded, charge.currency))}</p>` : '';
  return page('Receipt', `
<h1>Receipt</h1>
<dl>
  <dt>Amount paid</dt><dd>${esc(formatMoney(charge.amount, charge.currency))}</dd>
  <dt>Date paid</dt><dd>${esc(formatDate(charge.created))}</dd>
  <dt>Payment method</dt><dd>${esc((card?.brand ?? 'card').toUpperCase())} – ${esc(card?.last4 ?? '')}</dd>
  <dt>Receipt for</dt><dd>${esc(charge.id)}</dd>
</dl>
${refunded}`);
}

export function renderInvoice(invoice: Stripe.Invoice): string {
  const lines = invoice.lines.data
    .map((l) => `<li><span>${esc(l.description ?? '')}</span><span>${esc(formatMoney(l.amount, l.currency))}</span></li>`)
    .join('');
  const status = invoice.status === 'paid' ? `Paid on ${formatDate(invoice.status_transitions.paid_at ?? invoice.created)}` : `Status: ${invoice.status}`;
  return page(`Invoice ${invoice.number ?? invoice.id}`, `
<h1>Invoice ${esc(invoice.number ?? invoice.id)}</h1>
<p class="total">${esc(formatMoney(invoice.total, invoice.currency))}</p>
<p><span class="badge">${esc(status)}</span></p>
<ul class="items">${lines}</ul>
<p>Billed to ${esc(invoice.customer_email ?? '')}</p>`);
}
