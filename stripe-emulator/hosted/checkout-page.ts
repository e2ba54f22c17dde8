// The hosted Checkout page: order summary, email and card fields, Pay / Donate / Subscribe.
import type Stripe from 'stripe';
import { esc, formatMoney, hostOf, intervalLabel, page } from './html';

export interface CheckoutPageInput {
  session: Stripe.Checkout.Session;
  items: Stripe.LineItem[];
  productNames: Record<string, string>;
  /** Email fixed by the session (customer_email or the customer's email). */
  fixedEmail: string | null;
  values?: Partial<Record<'email' | 'cardnumber' | 'exp' | 'cvc' | 'name' | 'method' | 'iban' | 'account_name', string>>;
  error?: string | null;
}

const BUTTONS: Record<string, string> = { subscribe: 'Subscribe', donate: 'Donate', book: 'Book', pay: 'Pay' };

/** submit_type names the button; `auto` (or none) is Subscribe for a subscription and Pay otherwise. */
function buttonLabel(session: Stripe.Checkout.Session): string {
  return BUTTONS[session.submit_type ?? ''] ?? (session.mode === 'subscription' ? 'Subscribe' : 'Pay');
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
  const heading = buttonLabel(session);
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
  ${methodChoice(session, values.method)}
  <fieldset>
    <legend>Payment details</legend>
    ${field('cardnumber', 'Card number', 'inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" required', values.cardnumber)}
    <div class="row">
      <div>${field('exp', 'Expiration', 'autocomplete="cc-exp" placeholder="MM / YY" required', values.exp)}</div>
      <div>${field('cvc', 'CVC', 'inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" required', values.cvc)}</div>
    </div>
    ${field('name', 'Cardholder name', 'autocomplete="cc-name" placeholder="Full name on card" required', values.name)}
  </fieldset>
  ${debitFields(session, values)}
  <button type="submit">${esc(buttonLabel(session))}</button>
</form>
${cancelLink(session)}`;
  return page(title, body);
}

function cancelLink(session: Stripe.Checkout.Session): string {
  if (!session.cancel_url) return '';
  return `<p><a href="${esc(session.cancel_url)}">Cancel and return to ${esc(hostOf(session.cancel_url))}</a></p>`;
}

const offersDebit = (session: Stripe.Checkout.Session) => session.payment_method_types.includes('sepa_debit');

/** Card or SEPA Direct Debit, when the session offers both; the card is chosen unless the customer picks the debit. */
function methodChoice(session: Stripe.Checkout.Session, chosen: string | undefined): string {
  if (!offersDebit(session)) return '';
  const radio = (value: string, label: string, checked: boolean) =>
    `<label><input type="radio" name="method" value="${value}" ${checked ? 'checked' : ''}> ${esc(label)}</label>`;
  return `<fieldset><legend>Payment method</legend>${radio('card', 'Card', chosen !== 'sepa_debit')}${radio('sepa_debit', 'SEPA Direct Debit', chosen === 'sepa_debit')}</fieldset>`;
}

function debitFields(session: Stripe.Checkout.Session, values: NonNullable<CheckoutPageInput['values']>): string {
  if (!offersDebit(session)) return '';
  return `<fieldset>
    <legend>SEPA Direct Debit</legend>
    ${field('iban', 'IBAN', 'autocomplete="off" placeholder="DE00 0000 0000 0000 0000 00"', values.iban)}
    ${field('account_name', 'Account holder name', 'autocomplete="name"', values.account_name)}
    <p class="muted">By providing your IBAN you authorise the merchant and Stripe to debit your account; the payment is processing until your bank confirms it.</p>
  </fieldset>`;
}
