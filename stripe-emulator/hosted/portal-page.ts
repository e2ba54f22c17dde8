// The Billing Portal page: the customer's subscriptions, cancel / resume, card update, return link.
import type Stripe from 'stripe';
import { esc, formatDate, formatMoney, hostOf, intervalLabel, page } from './html';

export interface PortalPageInput {
  session: Stripe.BillingPortal.Session;
  customer: Stripe.Customer;
  subscriptions: Stripe.Subscription[];
  productNames: Record<string, string>;
  card: Stripe.PaymentMethod | null;
  /** What the session's configuration lets the customer do. */
  features: Stripe.BillingPortal.Configuration.Features;
  notice?: string | null;
  error?: string | null;
}

function statusText(sub: Stripe.Subscription): string {
  if (sub.cancel_at_period_end && sub.cancel_at) return `Cancels ${formatDate(sub.cancel_at)}`;
  const labels: Record<string, string> = { active: 'Active', past_due: 'Past due', trialing: 'Trial', unpaid: 'Unpaid', incomplete: 'Incomplete' };
  return labels[sub.status] ?? sub.status;
}

function subscriptionCard(input: PortalPageInput, sub: Stripe.Subscription): string {
  const item = sub.items.data[0];
  const price = item.price;
  const name = input.productNames[price.product as string] ?? 'Subscription';
  const amount = formatMoney((price.unit_amount ?? 0) * (item.quantity ?? 1), price.currency);
  const base = `/p/session/${esc(input.session.id)}/subscriptions/${esc(sub.id)}`;
  const when = sub.cancel_at_period_end
    ? `<p>Your plan ends on ${esc(formatDate(item.current_period_end))}.</p>`
    : `<p>Renews on ${esc(formatDate(item.current_period_end))}.</p>`;
  const action = !input.features.subscription_cancel.enabled ? '' : sub.cancel_at_period_end
    ? `<form method="post" action="${base}/resume"><button type="submit" class="secondary">Renew subscription</button></form>`
    : `<form method="post" action="${base}/cancel"><button type="submit" class="secondary">Cancel subscription</button></form>`;
  return `<article aria-label="${esc(name)}">
  <h3>${esc(name)}</h3>
  <p><strong>${esc(amount)} ${esc(intervalLabel(price.recurring))}</strong> <span class="badge">${esc(statusText(sub))}</span></p>
  ${when}
  ${action}
</article>`;
}

function cardSection(input: PortalPageInput): string {
  if (!input.features.payment_method_update.enabled) return '';
  const card = input.card?.card;
  const current = card
    ? `<p>${esc(card.brand.toUpperCase())} ending in ${esc(card.last4)}, expires ${esc(String(card.exp_month).padStart(2, '0'))}/${esc(card.exp_year)}</p>`
    : '<p>No card on file.</p>';
  return `<section aria-labelledby="pm-heading">
  <h2 id="pm-heading">Payment method</h2>
  ${current}
  <form method="post" action="/p/session/${esc(input.session.id)}/payment-method" novalidate>
    <fieldset><legend>Update card</legend>
      <label for="cardnumber">Card number</label><input id="cardnumber" name="cardnumber" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234">
      <div class="row">
        <div><label for="exp">Expiration</label><input id="exp" name="exp" autocomplete="cc-exp" placeholder="MM / YY"></div>
        <div><label for="cvc">CVC</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"></div>
      </div>
      <label for="name">Cardholder name</label><input id="name" name="name" autocomplete="cc-name" value="${esc(input.card?.billing_details.name ?? input.customer.name ?? '')}">
    </fieldset>
    <button type="submit">Save card</button>
  </form>
</section>`;
}

export function renderPortalPage(input: PortalPageInput): string {
  const subs = input.subscriptions.length
    ? input.subscriptions.map((s) => subscriptionCard(input, s)).join('\n')
    : '<p>You have no active subscriptions.</p>';
  const back = input.session.return_url
    ? `<p><a href="${esc(input.session.return_url)}">Return to ${esc(hostOf(input.session.return_url))}</a></p>`
    : '';
  const body = `
${back}
<h1>Manage your billing</h1>
<p class="muted">${esc(input.customer.email ?? '')}</p>
${input.notice ? `<p role="status">${esc(input.notice)}</p>` : ''}
${input.error ? `<div role="alert">${esc(input.error)}</div>` : ''}
<section aria-labelledby="subs-heading">
  <h2 id="subs-heading">Current subscriptions</h2>
  ${subs}
</section>
${cardSection(input)}`;
  return page('Billing portal', body);
}
