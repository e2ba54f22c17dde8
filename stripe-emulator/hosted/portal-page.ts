// The Billing Portal page: the customer's subscriptions, cancel / resume, card update, return link; in the session's
// language (`locale: 'ru'`: Russian words and <html lang="ru">).
import type Stripe from 'stripe';
import { esc, formatDate, formatMoney, hostOf, intervalLabel, page } from './html';
import { pageLanguage, wordsFor, type PageLanguage, type Words } from './i18n';

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

type Lang = { language: PageLanguage; t: Words };

function statusText(sub: Stripe.Subscription, { language, t }: Lang): string {
  if (sub.cancel_at_period_end && sub.cancel_at) return t('Cancels {date}', { date: formatDate(sub.cancel_at, language) });
  const labels: Record<string, string> = { active: 'Active', past_due: 'Past due', trialing: 'Trial', unpaid: 'Unpaid', incomplete: 'Incomplete' };
  return labels[sub.status] ? t(labels[sub.status]) : sub.status;
}

function subscriptionCard(input: PortalPageInput, sub: Stripe.Subscription, lang: Lang): string {
  const { language, t } = lang;
  const item = sub.items.data[0];
  const price = item.price;
  const name = input.productNames[price.product as string] ?? t('Subscription');
  const amount = formatMoney((price.unit_amount ?? 0) * (item.quantity ?? 1), price.currency, language);
  const base = `/p/session/${esc(input.session.id)}/subscriptions/${esc(sub.id)}`;
  const when = sub.cancel_at_period_end
    ? `<p>${esc(t('Your plan ends on {date}.', { date: formatDate(item.current_period_end, language) }))}</p>`
    : `<p>${esc(t('Renews on {date}.', { date: formatDate(item.current_period_end, language) }))}</p>`;
  const action = !input.features.subscription_cancel.enabled ? '' : sub.cancel_at_period_end
    ? `<form method="post" action="${base}/resume"><button type="submit" class="secondary">${esc(t('Renew subscription'))}</button></form>`
    : `<form method="post" action="${base}/cancel"><button type="submit" class="secondary">${esc(t('Cancel subscription'))}</button></form>`;
  return `<article aria-label="${esc(name)}">
  <h3>${esc(name)}</h3>
  <p><strong>${esc(amount)} ${esc(intervalLabel(price.recurring, language))}</strong> <span class="badge">${esc(statusText(sub, lang))}</span></p>
  ${when}
  ${action}
</article>`;
}

function cardSection(input: PortalPageInput, { t }: Lang): string {
  if (!input.features.payment_method_update.enabled) return '';
  const card = input.card?.card;
  const current = card
    ? `<p>${esc(t('{brand} ending in {last4}, expires {month}/{year}', { brand: card.brand.toUpperCase(), last4: card.last4, month: String(card.exp_month).padStart(2, '0'), year: card.exp_year }))}</p>`
    : `<p>${esc(t('No card on file.'))}</p>`;
  return `<section aria-labelledby="pm-heading">
  <h2 id="pm-heading">${esc(t('Payment method'))}</h2>
  ${current}
  <form method="post" action="/p/session/${esc(input.session.id)}/payment-method" novalidate>
    <fieldset><legend>${esc(t('Update card'))}</legend>
      <label for="cardnumber">${esc(t('Card number'))}</label><input id="cardnumber" name="cardnumber" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234">
      <div class="row">
        <div><label for="exp">${esc(t('Expiration'))}</label><input id="exp" name="exp" autocomplete="cc-exp" placeholder="${esc(t('MM / YY'))}"></div>
        <div><label for="cvc">${esc(t('CVC'))}</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"></div>
      </div>
      <label for="name">${esc(t('Cardholder name'))}</label><input id="name" name="name" autocomplete="cc-name" value="${esc(input.card?.billing_details.name ?? input.customer.name ?? '')}">
    </fieldset>
    <button type="submit">${esc(t('Save card'))}</button>
  </form>
</section>`;
}

export function renderPortalPage(input: PortalPageInput): string {
  const language = pageLanguage(input.session.locale);
  const lang: Lang = { language, t: wordsFor(language) };
  const { t } = lang;
  const subs = input.subscriptions.length
    ? input.subscriptions.map((s) => subscriptionCard(input, s, lang)).join('\n')
    : `<p>${esc(t('You have no active subscriptions.'))}</p>`;
  const back = input.session.return_url
    ? `<p><a href="${esc(input.session.return_url)}">${esc(t('Return to {host}', { host: hostOf(input.session.return_url) }))}</a></p>`
    : '';
  const body = `
${back}
<h1>${esc(t('Manage your billing'))}</h1>
<p class="muted">${esc(input.customer.email ?? '')}</p>
${input.notice ? `<p role="status">${esc(t(input.notice))}</p>` : ''}
${input.error ? `<div role="alert">${esc(input.error)}</div>` : ''}
<section aria-labelledby="subs-heading">
  <h2 id="subs-heading">${esc(t('Current subscriptions'))}</h2>
  ${subs}
</section>
${cardSection(input, lang)}`;
  return page(t('Billing portal'), body, language);
}
