// The hosted Checkout page: order summary, email and card fields, Pay / Donate / Subscribe.
import type Stripe from 'stripe';
import { esc, formatMoney, hostOf, intervalLabel, page } from './html';

export interface CheckoutPageInput {
  session: Stripe.Checkout.Session;
  items: Stripe.LineItem[];
  productNames: Record<string, string>;
  /** Email fixed by the session (customer_email or the customer's email). */
  fixedEmail: string | null;
  values?: Partial<Record<'email' | 'cardnumber' | 'exp' | 'cvc' | 'name', string>>;
  error?: string | null;
}

function buttonLabel(session: Stripe.Checkout.Session): string {
  if (session.mode === 'subscription') return 'Subscribe';
  if (session.submit_type === 'donate') return 'Donate';
  if (session.submit_type === 'book') return 'Book';
  return 'Pay';
}

function itemRow(item: Stripe.LineItem, names: Record<string, string>): string {
  const price = item.price!;
  const name = item.description ?? names[price.product as string] ?? 'Item';
  const qty = (item.quantity ?? 1) > 1 ? ` × ${item.quantity}` : '';
  const every = intervalLabel(price.recurring);
  return `<li><span>${esc(name)}${esc(qty)}</span><span>${esc(formatMoney(item.amount_total, item.currency))}${every ? ' ' + esc(every) : ''}</span></li>`;
}

function summary(input: CheckoutPageInput): string {
  const { session, items } = input;
  const recurring = items.find((i) => i.price?.recurring)?.price?.recurring;
  const total = formatMoney(session.amount_total ?? 0, session.currency ?? 'usd');
  const heading = session.mode === 'subscription' ? `Subscribe` : session.submit_type === 'donate' ? 'Donate' : 'Pay';
  return `
<h1>${esc(heading)}</h1>
<section aria-labelledby="summary-heading">
  <h2 id="summary-heading">Order summary</h2>
  <p class="total" data-testid="total">${esc(total)}${recurring ? ` <span class="muted">${esc(intervalLabel(recurring))}</span>` : ''}</p>
  <ul class="items">${items.map((i) => itemRow(i, input.productNames)).join('')}</ul>
</section>`;
}

function field(id: string, label: string, attrs: string, value: string | undefined): string {
  return `<label for="${id}">${esc(label)}</label><input id="${id}" name="${id}" ${attrs} value="${esc(value ?? '')}">`;
}

export function renderCheckoutPage(input: CheckoutPageInput): string {
  const { session, values = {} } = input;
  const title = `${buttonLabel(session)} · Checkout`;
  if (session.status === 'expired') {
    return page(title, `<h1>This Checkout Session has expired</h1><p>Start again from the site you came from.</p>${cancelLink(session)}`);
  }
  if (session.status === 'complete') {
    const done = (session.success_url ?? '').replaceAll('{CHECKOUT_SESSION_ID}', session.id);
    return page(title, `<h1>Payment complete</h1><p role="status">Thanks, this Checkout Session is already paid.</p><p><a href="${esc(done)}">Continue</a></p>`);
  }
  const email = input.fixedEmail
    ? field('email', 'Email', 'type="email" autocomplete="email" readonly', input.fixedEmail)
    : field('email', 'Email', 'type="email" autocomplete="email" required', values.email);
  const body = `
${summary(input)}
${input.error ? `<div role="alert">${esc(input.error)}</div>` : ''}
<form method="post" action="/c/pay/${esc(session.id)}" novalidate>
  ${email}
  <fieldset>
    <legend>Payment details</legend>
    ${field('cardnumber', 'Card number', 'inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" required', values.cardnumber)}
    <div class="row">
      <div>${field('exp', 'Expiration', 'autocomplete="cc-exp" placeholder="MM / YY" required', values.exp)}</div>
      <div>${field('cvc', 'CVC', 'inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" required', values.cvc)}</div>
    </div>
    ${field('name', 'Cardholder name', 'autocomplete="cc-name" placeholder="Full name on card" required', values.name)}
  </fieldset>
  <button type="submit">${esc(buttonLabel(session))}</button>
</form>
${cancelLink(session)}`;
  return page(title, body);
}

function cancelLink(session: Stripe.Checkout.Session): string {
  if (!session.cancel_url) return '';
  return `<p><a href="${esc(session.cancel_url)}">Cancel and return to ${esc(hostOf(session.cancel_url))}</a></p>`;
}
