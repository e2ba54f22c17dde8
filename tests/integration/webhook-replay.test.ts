// Webhooks from real flows on the emulator, replayed in order, shuffled with duplicates, and after the thank-you
// page's sync: every replay reaches the same rows. Forged signatures change nothing; a failing handler leaves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { DatabaseHandle } from '@/db/client';
import { handleStripeWebhook } from '@/lib/stripe/handle-stripe-webhook';
import { isHandledEventType, readStripeEvent, type ReadStripeEvent } from '@/lib/stripe/read-stripe-event';
import { syncCheckoutSession } from '@/lib/memberships/sync-checkout-session';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import type { SupportChoice } from '@/lib/support/validate-support-form';
import { createTestDatabase, useTestDatabase } from '../helpers/test-database';
import { CARD_DECLINED, emulatorControl, eventCollector, payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

const SECRET = 'whsec_integration_secret';
let t: TestStripe;
const events: Stripe.Event[] = [];
const sessions: Record<string, string> = {};
const extraDatabases: DatabaseHandle[] = [];

function choice(patch: Partial<SupportChoice>): SupportChoice {
  return { frequency: 'monthly', currency: 'usd', amount: 1000, amountText: '10', placement: 'article-end', articleSlug: 'old-river-bridge', nonce: null, ...patch };
}

const control = (path: string, body: unknown = {}) => emulatorControl(t.emulator, path, body);

function deliver(database: DatabaseHandle, event: Stripe.Event, options: { secret?: string; readEvent?: ReadStripeEvent; body?: string } = {}) {
  const payload = options.body ?? JSON.stringify(event);
  const signature = t.stripe.webhooks.generateTestHeaderString({ payload: JSON.stringify(event), secret: options.secret ?? SECRET });
  const request = new Request('http://news.test/api/stripe/webhook', { method: 'POST', headers: { 'stripe-signature': signature, 'content-type': 'application/json' }, body: payload });
  return handleStripeWebhook(request, { stripe: t.stripe, database: database.db, secret: SECRET, readEvent: options.readEvent });
}

/** The rows a staff report or a reader would see, without local ids and bookkeeping times. */
async function snapshot(database: DatabaseHandle) {
  const rows = async (query: string) => (await database.db.execute(sql.raw(query))).rows;
  return {
    supporters: await rows(`select email, name, stripe_customer_id from supporters order by stripe_customer_id`),
    subscriptions: await rows(`select s.stripe_subscription_id, p.email, s.status, s.amount, s.currency, s.interval, s.current_period_end, s.cancel_at_period_end,
      s.started_at, s.canceled_at, s.ended_at, s.placement, s.article_slug from subscriptions s left join supporters p on p.id = s.supporter_id order by 1`),
    contributions: await rows(`select c.stripe_payment_intent_id, c.stripe_invoice_id, c.stripe_charge_id, c.stripe_checkout_session_id, p.email,
      s.stripe_subscription_id, c.frequency, c.amount, c.currency, c.amount_refunded, c.status, c.paid_at, c.failed_at,
      c.placement, c.article_slug, c.receipt_url from contributions c left join supporters p on p.id = c.supporter_id
      left join subscriptions s on s.id = c.subscription_id order by c.paid_at, c.stripe_invoice_id, c.stripe_payment_intent_id`),
    checkouts: await rows(`select stripe_checkout_session_id, frequency, amount, currency, placement, article_slug, status, completed_at from checkout_sessions order by 1`),
    adjustments: await rows(`select a.stripe_id, a.kind, a.amount, a.currency, a.status, a.occurred_at, a.reversed_at, c.stripe_payment_intent_id, c.stripe_invoice_id
      from payment_adjustments a join contributions c on c.id = a.contribution_id order by 1`),
  };
}

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function freshDatabase() {
  const handle = await createTestDatabase();
  extraDatabases.push(handle);
  return handle;
}

// Each case replays the whole history into fresh databases: up to a minute on a busy 2-core machine.
describe('webhooks replayed in any order reach the same rows', { timeout: 180_000 }, () => {
  const main = useTestDatabase();

  beforeAll(async () => {
    t = await startTestStripe();
    const start = async (key: string, c: SupportChoice, email: string, card?: string) => {
      const session = await createCheckoutSession({ stripe: t.stripe, database: main().db, choice: c, appUrl: 'http://news.test', publicationName: 'The Ledger' });
      sessions[key] = session.id;
      return payCheckout(session.url, { email, card });
    };
    expect(await start('once', choice({ frequency: 'once', amount: 2500 }), ' Ada@Example.org ')).toContain('/support/thank-you?session_id=');
    expect(await start('monthly', choice({ amount: 500 }), 'ben@example.org')).toBeTruthy();
    expect(await start('annual', choice({ frequency: 'annual', amount: 7550, currency: 'gbp', placement: 'support-page', articleSlug: null }), 'cy@example.org')).toBeTruthy();
    expect(await start('declined', choice({ frequency: 'once', amount: 1000 }), 'dee@example.org', CARD_DECLINED)).toBeNull();

    const once = await t.stripe.checkout.sessions.retrieve(sessions.once);
    await t.stripe.refunds.create({ payment_intent: once.payment_intent as string, amount: 1000 });
    const monthly = await t.stripe.checkout.sessions.retrieve(sessions.monthly);
    const annual = await t.stripe.checkout.sessions.retrieve(sessions.annual);
    // Stripe lists events of the last 30 days only: take this month's before the clock moves past it
    const collect = eventCollector(t.stripe, events);
    await collect();
    // A renewal a month later, a dispute on the first monthly payment, then the annual reader cancels at period end.
    await control('advance', { seconds: 32 * 86_400 });
    const firstPayment = await t.stripe.invoicePayments.list({ invoice: monthly.invoice as string, expand: ['data.payment.payment_intent'] });
    const firstCharge = (firstPayment.data[0].payment.payment_intent as Stripe.PaymentIntent).latest_charge as string;
    await control(`charges/${firstCharge}/dispute`);
    await t.stripe.subscriptions.update(annual.subscription as string, { cancel_at_period_end: true });

    await collect();
  });

  afterAll(async () => {
    await t.emulator.close();
    await Promise.all(extraDatabases.map((d) => d.close()));
  });

  it('in order: one row per payment with the right status, attribution and supporter', async () => {
    const database = await freshDatabase();
    for (const event of events) expect((await deliver(database, event)).status).toBe(200);
    const rows = await snapshot(database);
    expect(rows.supporters.map((s) => s.email)).toEqual(expect.arrayContaining(['ada@example.org', 'ben@example.org', 'cy@example.org']));
    expect(rows.supporters.map((s) => s.email)).not.toContain('dee@example.org');
    const summary = rows.contributions.map((c) => [c.email, c.frequency, c.amount, c.currency, c.status, c.amount_refunded]);
    expect(summary).toHaveLength(4);
    expect(summary).toEqual(expect.arrayContaining([
      ['ada@example.org', 'once', 2500, 'usd', 'partially_refunded', 1000],
      ['ben@example.org', 'monthly', 500, 'usd', 'disputed', 0],
      ['cy@example.org', 'annual', 7550, 'gbp', 'paid', 0],
      ['ben@example.org', 'monthly', 500, 'usd', 'paid', 0],
    ]));
    const gift = rows.contributions.find((c) => c.frequency === 'once')!;
    const firstMonth = rows.contributions.find((c) => c.status === 'disputed')!;
    const firstYear = rows.contributions.find((c) => c.frequency === 'annual')!;
    const renewal = rows.contributions.find((c) => c.frequency === 'monthly' && c.status === 'paid')!;
    expect(gift).toMatchObject({ placement: 'article-end', article_slug: 'old-river-bridge', stripe_checkout_session_id: sessions.once });
    expect(rows.adjustments.filter((a) => a.kind === 'refund').map((a) => [a.stripe_payment_intent_id, a.amount])).toEqual([[gift.stripe_payment_intent_id, 1000]]);
    expect(gift.receipt_url).toMatch(/receipts\/ch_/);
    expect(firstMonth).toMatchObject({ stripe_checkout_session_id: sessions.monthly, article_slug: 'old-river-bridge' });
    expect(rows.adjustments.filter((a) => a.kind === 'dispute').map((a) => [a.stripe_invoice_id, a.amount, a.status])).toEqual([[firstMonth.stripe_invoice_id, 500, 'needs_response']]);
    expect(firstYear).toMatchObject({ placement: 'support-page', article_slug: null, stripe_checkout_session_id: sessions.annual });
    expect(renewal.stripe_checkout_session_id).toBeNull();
    expect(renewal.stripe_subscription_id).toBe(firstMonth.stripe_subscription_id);
    expect(rows.subscriptions.map((s) => [s.email, s.status, s.amount, s.interval, s.cancel_at_period_end])).toEqual(
      expect.arrayContaining([['ben@example.org', 'active', 500, 'month', false], ['cy@example.org', 'active', 7550, 'year', true]]),
    );
    const checkouts = Object.fromEntries(rows.checkouts.map((c) => [c.stripe_checkout_session_id, c.status]));
    expect(checkouts[sessions.once]).toBe('complete');
    // The declined reader's session simply expired a day later: nothing paid, nothing recorded for them.
    expect(checkouts[sessions.declined]).toBe('expired');
  });

  it('shuffled, every event delivered twice, several at a time: identical rows', async () => {
    const ordered = await freshDatabase();
    for (const event of events) await deliver(ordered, event);
    const expected = await snapshot(ordered);
    for (const seed of [7, 42]) {
      const database = await freshDatabase();
      const deliveries = shuffled([...events, ...events], seed);
      for (let i = 0; i < deliveries.length; i += 4) {
        const statuses = await Promise.all(deliveries.slice(i, i + 4).map((e) => deliver(database, e).then((r) => r.status)));
        expect(statuses.every((s) => s === 200)).toBe(true);
      }
      expect(await snapshot(database)).toEqual(expected);
      const applied = await database.db.execute(sql`select count(*)::int as n from stripe_events`);
      expect(applied.rows[0].n).toBe(new Set(events.filter((e) => isHandledEventType(e.type)).map((e) => e.id)).size);
    }
  });

  it('the thank-you page sync first, webhooks after: still the same rows', async () => {
    const ordered = await freshDatabase();
    for (const event of events) await deliver(ordered, event);
    const database = await freshDatabase();
    for (const id of Object.values(sessions)) await syncCheckoutSession({ stripe: t.stripe, database: database.db, sessionId: id });
    for (const event of shuffled(events, 3)) await deliver(database, event);
    expect(await snapshot(database)).toEqual(await snapshot(ordered));
  });

  it('a forged, missing or stale signature is a 400 and changes nothing', async () => {
    const database = await freshDatabase();
    const completed = events.find((e) => e.type === 'checkout.session.completed')!;
    const before = await snapshot(database);
    expect((await deliver(database, completed, { secret: 'whsec_not_the_secret' })).status).toBe(400);
    const tampered = JSON.stringify({ ...completed, id: 'evt_forged' });
    expect((await deliver(database, completed, { body: tampered })).status).toBe(400);
    const unsigned = new Request('http://news.test/api/stripe/webhook', { method: 'POST', body: JSON.stringify(completed) });
    expect((await handleStripeWebhook(unsigned, { stripe: t.stripe, database: database.db, secret: SECRET })).status).toBe(400);
    const stale = t.stripe.webhooks.generateTestHeaderString({ payload: JSON.stringify(completed), secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 });
    const old = new Request('http://news.test/api/stripe/webhook', { method: 'POST', headers: { 'stripe-signature': stale }, body: JSON.stringify(completed) });
    expect((await handleStripeWebhook(old, { stripe: t.stripe, database: database.db, secret: SECRET })).status).toBe(400);
    expect(await snapshot(database)).toEqual(before);
    expect((await database.db.execute(sql`select count(*)::int as n from stripe_events`)).rows[0].n).toBe(0);
  });

  it('unknown event types are acknowledged and ignored', async () => {
    const database = await freshDatabase();
    const unknown = events.find((e) => e.type === 'payment_intent.created')!;
    const response = await deliver(database, unknown);
    expect(response.status).toBe(200);
    expect((await response.json()).outcome).toBe('ignored payment_intent.created');
  });

  it('a failure inside a handler leaves no partial rows (500, so Stripe retries) and the retry succeeds', async () => {
    const database = await freshDatabase();
    const completed = events.find((e) => e.type === 'checkout.session.completed' && (e.data.object as Stripe.Checkout.Session).id === sessions.monthly)!;
    const failing: ReadStripeEvent = async (event, ctx) => {
      const apply = await readStripeEvent(event, ctx);
      return async (tx) => {
        await apply(tx);
        throw new Error('database hiccup after the writes');
      };
    };
    const before = await snapshot(database);
    const failed = await deliver(database, completed, { readEvent: failing });
    expect(failed.status).toBe(500);
    expect(JSON.stringify(await failed.json())).not.toMatch(/hiccup|at /);
    expect(await snapshot(database)).toEqual(before);
    expect((await database.db.execute(sql`select count(*)::int as n from stripe_events`)).rows[0].n).toBe(0);

    const retried = await deliver(database, completed);
    expect(retried.status).toBe(200);
    const after = await snapshot(database);
    expect(after.contributions).toHaveLength(1);
    expect(after.contributions[0]).toMatchObject({ frequency: 'monthly', amount: 500, stripe_checkout_session_id: sessions.monthly });
    expect((await deliver(database, completed)).status).toBe(200);
    expect((await snapshot(database)).contributions).toHaveLength(1);
  });
});
