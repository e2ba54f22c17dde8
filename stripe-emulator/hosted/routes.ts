// Routes for hosted pages: /c/pay/:session, /p/session/:portal[/...], /receipts/:charge, /invoices/:invoice.
import type Stripe from 'stripe';
import { submitCheckout } from '../billing/checkout-complete';
import { portalSetCancel, portalUpdateCard } from '../billing/portal-actions';
import type { Context } from '../core/context';
import { renderCheckoutPage } from './checkout-page';
import { renderInvoice, renderReceipt } from './documents';
import { page } from './html';
import { renderPortalPage } from './portal-page';

export interface HtmlResponse {
  status: number;
  body: string;
  location?: string;
}

function notFound(what: string): HtmlResponse {
  return { status: 404, body: page('Not found', `<h1>Not found</h1><p>${what}</p>`) };
}

function productNames(ctx: Context): Record<string, string> {
  return Object.fromEntries(Object.values(ctx.state.objects.products).map((p) => [p.id, p.name]));
}

function fixedEmail(ctx: Context, session: Stripe.Checkout.Session): string | null {
  if (session.customer_email) return session.customer_email;
  const c = session.customer ? ctx.state.objects.customers[session.customer as string] : undefined;
  return c && !c.deleted ? c.email : null;
}

function checkoutPage(ctx: Context, id: string, form?: URLSearchParams, error?: string | null): HtmlResponse {
  const session = ctx.state.objects.checkout_sessions[id];
  if (!session) return notFound('This Checkout Session does not exist.');
  const values = form ? Object.fromEntries(['email', 'cardnumber', 'exp', 'cvc', 'name', 'method', 'iban', 'account_name'].map((k) => [k, form.get(k) ?? ''])) : undefined;
  const html = renderCheckoutPage({
    session, items: ctx.state.internal.session_line_items[id] ?? [], productNames: productNames(ctx),
    fixedEmail: fixedEmail(ctx, session), values, error,
  });
  return { status: error ? 402 : 200, body: html };
}

function payCheckout(ctx: Context, id: string, form: URLSearchParams): HtmlResponse {
  const session = ctx.state.objects.checkout_sessions[id];
  if (!session) return notFound('This Checkout Session does not exist.');
  const outcome = submitCheckout(ctx, session, {
    email: form.get('email') ?? '', number: form.get('cardnumber') ?? '', expiry: form.get('exp') ?? '',
    cvc: form.get('cvc') ?? '', name: form.get('name') ?? '',
    method: form.get('method') ?? 'card', iban: form.get('iban') ?? '', accountName: form.get('account_name') ?? '',
  });
  ctx.touch();
  if (outcome.ok) return { status: 303, body: '', location: outcome.redirect };
  return checkoutPage(ctx, id, form, outcome.message);
}

function portalPage(ctx: Context, id: string, notice?: string | null, error?: string | null): HtmlResponse {
  const session = ctx.state.objects.portal_sessions[id];
  if (!session) return notFound('This portal session does not exist.');
  const customer = ctx.state.objects.customers[session.customer];
  if (!customer || customer.deleted) return notFound('This customer no longer exists.');
  const subscriptions = Object.values(ctx.state.objects.subscriptions).filter((s) => s.customer === customer.id && s.status !== 'canceled');
  const pmId = (customer.invoice_settings.default_payment_method as string | null) ?? (subscriptions[0]?.default_payment_method as string | null) ?? null;
  const card = pmId ? ctx.state.objects.payment_methods[pmId] ?? null : null;
  const features = ctx.state.objects.portal_configurations[session.configuration as string]?.features;
  if (!features) return notFound('This portal session has expired.');
  return { status: error ? 400 : 200, body: renderPortalPage({ session, customer, subscriptions, productNames: productNames(ctx), card, features, notice, error }) };
}

const NOTICES: Record<string, string> = {
  canceled: 'Your subscription has been canceled. It stays active until the end of the current period.',
  renewed: 'Your subscription will continue.',
  card: 'Your card was saved.',
};

function portalAction(ctx: Context, id: string, rest: string[], form: URLSearchParams): HtmlResponse {
  const session = ctx.state.objects.portal_sessions[id];
  if (!session) return notFound('This portal session does not exist.');
  const customer = ctx.state.objects.customers[session.customer];
  if (!customer || customer.deleted) return notFound('This customer no longer exists.');
  const back = (notice: string): HtmlResponse => ({ status: 303, body: '', location: `/p/session/${id}?notice=${notice}` });
  const features = ctx.state.objects.portal_configurations[session.configuration as string]?.features;
  if (!features) return notFound('This portal session has expired.');
  if (rest[0] === 'subscriptions' && (rest[2] === 'cancel' || rest[2] === 'resume') && features.subscription_cancel.enabled) {
    const outcome = portalSetCancel(ctx, customer.id, rest[1], rest[2] === 'cancel');
    ctx.touch();
    return outcome.ok ? back(rest[2] === 'cancel' ? 'canceled' : 'renewed') : portalPage(ctx, id, null, outcome.message);
  }
  if (rest[0] === 'payment-method' && features.payment_method_update.enabled) {
    const outcome = portalUpdateCard(ctx, customer, {
      number: form.get('cardnumber') ?? '', expiry: form.get('exp') ?? '', cvc: form.get('cvc') ?? '', name: form.get('name') ?? '',
    });
    ctx.touch();
    return outcome.ok ? back('card') : portalPage(ctx, id, null, outcome.message);
  }
  return notFound('Unknown portal action.');
}

/** Returns null when the path is not a hosted page. */
export function handleHosted(ctx: Context, method: string, url: URL, body: string): HtmlResponse | null {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const form = new URLSearchParams(body);
  if (parts[0] === 'c' && parts[1] === 'pay' && parts[2]) {
    return method === 'POST' ? payCheckout(ctx, parts[2], form) : checkoutPage(ctx, parts[2]);
  }
  if (parts[0] === 'p' && parts[1] === 'session' && parts[2]) {
    if (method === 'POST') return portalAction(ctx, parts[2], parts.slice(3), form);
    return portalPage(ctx, parts[2], NOTICES[url.searchParams.get('notice') ?? ''] ?? null);
  }
  if (parts[0] === 'receipts' && parts[1] && method === 'GET') {
    const charge = ctx.state.objects.charges[parts[1]];
    return charge ? { status: 200, body: renderReceipt(charge) } : notFound('No such receipt.');
  }
  if (parts[0] === 'invoices' && parts[1] && method === 'GET') {
    const invoice = ctx.state.objects.invoices[parts[1]];
    return invoice ? { status: 200, body: renderInvoice(invoice) } : notFound('No such invoice.');
  }
  return null;
}
