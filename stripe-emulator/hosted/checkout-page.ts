// The hosted Checkout page: order summary, email and card fields, Pay / Donate / Subscribe.
import type Stripe from 'stripe';
import { esc, formatMoney, hostOf, intervalLabel, page } from './html';
import { pageLanguage, wordsFor, type PageLanguage, type Words } from './i18n';

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
  const t = wordsFor(pageLanguage(session.locale));
  return t(BUTTONS[session.submit_type ?? ''] ?? (session.mode === 'subscription' ? 'Subscribe' : 'Pay'));
}

function itemRow(item: Stripe.LineItem, names: Record<string, string>, language: PageLanguage): string {
  const price = item.price!;
  const name = item.description ?? names[price.product as string] ?? wordsFor(language)('Item');
  const qty = (item.quantity ?? 1) > 1 ? ` × ${item.quantity}` : '';
  const every = intervalLabel(price.recurring, language);
  return `<li><span>${esc(name)}${esc(qty)}</span><span>${esc(formatMoney(item.amount_total, item.currency, language))}${every ? ' ' + esc(every) : ''}</span></li>`;
}

function summary(input: CheckoutPageInput, language: PageLanguage, t: Words): string {
  const { session, items } = input;
  const recurring = items.find((i) => i.price?.recurring)?.price?.recurring;
  const total = formatMoney(session.amount_total ?? 0, session.currency ?? 'usd', language);
  const heading = buttonLabel(session);
  return `
<h1>${esc(heading)}</h1>
<section aria-labelledby="summary-heading">
  <h2 id="summary-heading">${esc(t('Order summary'))}</h2>
  <p class="total" data-testid="total">${esc(total)}${recurring ? ` <span class="muted">${esc(intervalLabel(recurring, language))}</span>` : ''}</p>
  <ul class="items">${items.map((i) => itemRow(i, input.productNames, language)).join('')}</ul>
</section>`;
}

function field(id: string, label: string, attrs: string, value: string | undefined): string {
  return `<label for="${id}">${esc(label)}</label><input id="${id}" name="${id}" ${attrs} value="${esc(value ?? '')}">`;
}

/** In the session's language (`locale: 'ru'`: Russian words, <html lang="ru">). */
export function renderCheckoutPage(input: CheckoutPageInput): string {
  const { session, values = {} } = input;
  const language = pageLanguage(session.locale);
  const t = wordsFor(language);
  const title = `${buttonLabel(session)} · ${t('Checkout')}`;
  if (session.status === 'expired') {
    return page(title, `<h1>${esc(t('This Checkout Session has expired'))}</h1><p>${esc(t('Start again from the site you came from.'))}</p>${cancelLink(session, t)}`, language);
  }
  if (session.status === 'complete') {
    const done = (session.success_url ?? '').replaceAll('{CHECKOUT_SESSION_ID}', session.id);
    return page(title, `<h1>${esc(t('Payment complete'))}</h1><p role="status">${esc(t('Thanks, this Checkout Session is already paid.'))}</p><p><a href="${esc(done)}">${esc(t('Continue'))}</a></p>`, language);
  }
  const email = input.fixedEmail
    ? field('email', t('Email'), 'type="email" autocomplete="email" readonly', input.fixedEmail)
    : field('email', t('Email'), 'type="email" autocomplete="email" required', values.email);
  const body = `
${summary(input, language, t)}
${input.error ? `<div role="alert">${esc(input.error)}</div>` : ''}
<form method="post" action="/c/pay/${esc(session.id)}" novalidate>
  ${email}
  ${methodChoice(session, values.method, t)}
  <fieldset>
    <legend>${esc(t('Payment details'))}</legend>
    ${field('cardnumber', t('Card number'), 'inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" required', values.cardnumber)}
    <div class="row">
      <div>${field('exp', t('Expiration'), `autocomplete="cc-exp" placeholder="${esc(t('MM / YY'))}" required`, values.exp)}</div>
      <div>${field('cvc', t('CVC'), 'inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" required', values.cvc)}</div>
    </div>
    ${field('name', t('Cardholder name'), `autocomplete="cc-name" placeholder="${esc(t('Full name on card'))}" required`, values.name)}
  </fieldset>
  ${debitFields(session, values, t)}
  <button type="submit">${esc(buttonLabel(session))}</button>
</form>
${cancelLink(session, t)}`;
  return page(title, body, language);
}

function cancelLink(session: Stripe.Checkout.Session, t: Words): string {
  if (!session.cancel_url) return '';
  return `<p><a href="${esc(session.cancel_url)}">${esc(t('Cancel and return to {host}', { host: hostOf(session.cancel_url) }))}</a></p>`;
}

const offersDebit = (session: Stripe.Checkout.Session) => session.payment_method_types.includes('sepa_debit');

/** Card or SEPA Direct Debit, when the session offers both; the card is chosen unless the customer picks the debit. */
function methodChoice(session: Stripe.Checkout.Session, chosen: string | undefined, t: Words): string {
  if (!offersDebit(session)) return '';
  const radio = (value: string, label: string, checked: boolean) =>
    `<label><input type="radio" name="method" value="${value}" ${checked ? 'checked' : ''}> ${esc(label)}</label>`;
  return `<fieldset><legend>${esc(t('Payment method'))}</legend>${radio('card', t('Card'), chosen !== 'sepa_debit')}${radio('sepa_debit', t('SEPA Direct Debit'), chosen === 'sepa_debit')}</fieldset>`;
}

function debitFields(session: Stripe.Checkout.Session, values: NonNullable<CheckoutPageInput['values']>, t: Words): string {
  if (!offersDebit(session)) return '';
  return `<fieldset>
    <legend>${esc(t('SEPA Direct Debit'))}</legend>
    ${field('iban', t('IBAN'), 'autocomplete="off" placeholder="DE00 0000 0000 0000 0000 00"', values.iban)}
    ${field('account_name', t('Account holder name'), 'autocomplete="name"', values.account_name)}
    <p class="muted">${esc(t('By providing your IBAN you authorise the merchant and Stripe to debit your account; the payment is processing until your bank confirms it.'))}</p>
  </fieldset>`;
}
