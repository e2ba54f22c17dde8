// A Checkout Session as Stripe holds it: the started checkout's outcome, and the gift or subscription it made.
// Used by the webhook and by the thank-you page, so the reader sees the right state before the webhook lands.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { checkoutSessions, contributions, supporters } from '@/db/schema';
import { isLocale } from '@/lib/i18n/locales';
import type { Database, Transaction } from '@/db/client';
import { isFrequency } from '@/lib/support/amounts';
import { applyInvoice, loadInvoice, type InvoiceSnapshot } from './sync-invoice';
import { applyPaymentIntent, loadPaymentIntent, type PaymentIntentSnapshot } from './sync-payment-intent';
import { applySubscription, loadSubscription, type SubscriptionSnapshot } from './sync-subscription';
import { fromUnix, idOf, type ApplySync, type SyncContext } from './types';
import { transactWithRetry } from '@/db/transact-with-retry';
import { upsertSupporter } from './upsert-supporter';
import { ignoreForeign } from './ignore-foreign';
import { foreignCheckoutSessionReason } from '@/lib/support/support-stripe-objects';

export type CheckoutSessionSnapshot = {
  session: Stripe.Checkout.Session;
  payment: PaymentIntentSnapshot | null;
  invoice: InvoiceSnapshot | null;
  subscription: SubscriptionSnapshot | null;
  fetchedAt: Date;
  /** When its payment was recorded paid, when that spared reading the payment again. */
  recordedPaidAt?: Date;
};

export async function loadCheckoutSession(ctx: SyncContext, sessionId: string): Promise<CheckoutSessionSnapshot> {
  const fetchedAt = ctx.fetchedAt ?? new Date();
  const at = { ...ctx, fetchedAt };
  // One read brings the payment (with its charge and customer); an invoice still needs its own read for its payment.
  const session = await ctx.stripe.checkout.sessions.retrieve(sessionId, { expand: ['payment_intent.latest_charge', 'payment_intent.customer'] });
  if (foreignCheckoutSessionReason(session)) return { session, payment: null, invoice: null, subscription: null, fetchedAt };
  // Its payment already recorded as paid (by the thank-you page or the invoice's own event): Stripe is not asked again;
  // the payment's own events keep it current.
  const recordedPaidAt = ctx.database && session.status === 'complete' && session.payment_status === 'paid' ? await paidAtOf(ctx.database, session.id) : null;
  if (recordedPaidAt) return { session, payment: null, invoice: null, subscription: null, fetchedAt, recordedPaidAt };
  const invoiceId = idOf(session.invoice);
  const [payment, invoice, subscription] = await Promise.all([
    session.mode === 'payment' && session.payment_intent ? loadPaymentIntent(at, session.payment_intent) : null,
    session.mode === 'subscription' && invoiceId ? loadInvoice(at, invoiceId) : null,
    session.mode === 'subscription' && session.subscription && !invoiceId ? loadSubscription(at, session.subscription) : null,
  ]);
  return { session, payment, invoice, subscription, fetchedAt };
}

async function paidAtOf(database: Database, sessionId: string): Promise<Date | null> {
  const [row] = await database.select({ paidAt: contributions.paidAt }).from(contributions)
    .where(and(eq(contributions.stripeCheckoutSessionId, sessionId), isNotNull(contributions.paidAt))).limit(1);
  return row?.paidAt ?? null;
}

/** open → complete (paid) | processing (async method pending) | failed | expired. */
export function checkoutStatus(session: Stripe.Checkout.Session, asyncFailed = false): string {
  if (asyncFailed) return 'failed';
  if (session.status === 'complete') return session.payment_status === 'unpaid' ? 'processing' : 'complete';
  return session.status ?? 'open';
}

/** failedAt: the async payment failed then (checkout.session.async_payment_failed). */
export async function applyCheckoutSession(tx: Transaction, snapshot: CheckoutSessionSnapshot, options: { failedAt?: Date | null } = {}): Promise<string> {
  const { session, payment, invoice, subscription, fetchedAt } = snapshot;
  const foreign = foreignCheckoutSessionReason(session);
  if (foreign) return ignoreForeign('checkout', session.id, foreign);
  const status = checkoutStatus(session, Boolean(options.failedAt));
  const completedAt = status === 'complete'
    ? (fromUnix(invoice?.invoice.status_transitions.paid_at) ?? fromUnix(payment?.charge?.created) ?? snapshot.recordedPaidAt ?? fromUnix(session.created))
    : null;
  const frequency = session.metadata?.frequency;
  await tx
    .insert(checkoutSessions)
    .values({
      stripeCheckoutSessionId: session.id,
      frequency: isFrequency(frequency) ? frequency : session.mode === 'payment' ? 'once' : 'monthly',
      amount: session.amount_total ?? 0,
      currency: session.currency ?? 'usd',
      placement: session.metadata?.placement || null,
      articleSlug: session.metadata?.article || null,
      ...(isLocale(session.metadata?.locale) ? { locale: session.metadata.locale } : {}),
      status,
      completedAt,
      stripeSyncedAt: fetchedAt,
    })
    .onConflictDoUpdate({
      target: checkoutSessions.stripeCheckoutSessionId,
      // A failed async payment stays failed: Stripe's session still reads "complete, unpaid" afterwards.
      set: { status: sql`case when ${checkoutSessions.status} = 'failed' then 'failed' else excluded.status end`, completedAt, stripeSyncedAt: fetchedAt },
      // An older read that commits later (a webhook retried behind the thank-you page) never undoes a newer one.
      setWhere: sql`${checkoutSessions.stripeSyncedAt} is null or ${checkoutSessions.stripeSyncedAt} <= ${fetchedAt.toISOString()}`,
    });
  const outcomes = [`checkout ${session.id} ${status}`];
  if (session.customer_details?.email || session.customer) {
    const supporterId = await upsertSupporter(tx, { stripeCustomerId: idOf(session.customer), email: session.customer_details?.email, name: session.customer_details?.name });
    // The reader's language, from the checkout's row (recorded when it started) or its metadata: their later emails use it.
    if (supporterId !== null && status === 'complete') await recordSupporterLocale(tx, supporterId, session);
  }
  if (payment) outcomes.push(await applyPaymentIntent(tx, payment, { checkoutSessionId: session.id, failedAt: options.failedAt }));
  if (invoice) outcomes.push(await applyInvoice(tx, invoice, { checkoutSessionId: session.id, failedAt: options.failedAt }));
  if (subscription) await applySubscription(tx, subscription);
  return outcomes.join('; ');
}

async function recordSupporterLocale(tx: Transaction, supporterId: number, session: Stripe.Checkout.Session): Promise<void> {
  const [row] = await tx.select({ locale: checkoutSessions.locale }).from(checkoutSessions).where(eq(checkoutSessions.stripeCheckoutSessionId, session.id)).limit(1);
  const locale = isLocale(session.metadata?.locale) ? session.metadata.locale : row?.locale;
  if (!isLocale(locale)) return;
  await tx.update(supporters).set({ locale }).where(and(eq(supporters.id, supporterId), sql`${supporters.locale} <> ${locale}`));
}

export async function syncCheckoutSessionById(ctx: SyncContext, sessionId: string, options: { failedAt?: Date | null } = {}): Promise<ApplySync> {
  const snapshot = await loadCheckoutSession(ctx, sessionId);
  return (tx) => applyCheckoutSession(tx, snapshot, options);
}

/** For the thank-you page: read the session from Stripe, record it, and return what Stripe says (null: not the app's). */
export async function syncCheckoutSession(options: { stripe: Stripe; database: Database; sessionId: string }): Promise<CheckoutSessionSnapshot | null> {
  const snapshot = await loadCheckoutSession({ stripe: options.stripe, database: options.database }, options.sessionId);
  if (foreignCheckoutSessionReason(snapshot.session)) return null;
  await transactWithRetry(options.database, (tx) => applyCheckoutSession(tx, snapshot));
  return snapshot;
}
