// POST /support/checkout against the real SDK and an in-process emulator: sessions made right, bad input refused untouched.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_IP_HEADER, launcherHeaders, stampClientIp } from '@/lib/http/client-ip';
import { startCheckout } from '@/lib/support/start-checkout';
import { createStripeClient } from '@/lib/stripe/get-stripe';
import { seedContent } from '@/db/seed/seed-content';
import { useTestDatabase } from '../helpers/test-database';
import { startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

const APP = 'http://news.test';
let t: TestStripe;
let ip = 0;

function post(fields: Record<string, string>, options: { json?: boolean; ip?: string; body?: string } = {}) {
  return new Request(`${APP}/support/checkout`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: APP,
      accept: options.json ? 'application/json' : 'text/html',
      ...launcherHeaders(options.ip ?? `10.0.0.${++ip}`),
    },
    body: options.body ?? new URLSearchParams(fields).toString(),
  });
}

const valid = { frequency: 'monthly', amount: '10', currency: 'usd', placement: 'article-end', article: 'river-bridge-repairs-delayed', nonce: 'nonce-aaaaaaaa' };

describe('starting a checkout', () => {
  const database = useTestDatabase();
  const start = (request: Request, stripe = t.stripe) =>
    startCheckout(request, { stripe: () => stripe, database: database().db, appUrl: APP, publicationName: 'The Ledger' });
  const counts = async () => {
    const { db } = database();
    const one = async (table: string) => Number((await db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n);
    const sessions = Object.keys(t.emulator.context.state.objects.checkout_sessions).length;
    return { sessions, rows: await one('checkout_sessions'), limits: await one('rate_limits') };
  };

  beforeAll(async () => {
    t = await startTestStripe();
    await seedContent(database().db);
  });
  afterAll(async () => {
    await t.emulator.close();
  });
  beforeEach(() => {
    delete process.env.CHECKOUT_RATE_LIMIT;
  });

  it('monthly: a subscription-mode session at the chosen amount, attributed, and recorded as started', async () => {
    const response = await start(post({ ...valid, nonce: 'nonce-monthly-1' }));
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${t.emulator.url}/c/pay/cs_test_`));
    const id = location.split('/').pop()!;
    const session = await t.stripe.checkout.sessions.retrieve(id, { expand: ['line_items'] });
    expect(session).toMatchObject({
      mode: 'subscription',
      currency: 'usd',
      amount_total: 1000,
      metadata: { frequency: 'monthly', placement: 'article-end', article: 'river-bridge-repairs-delayed' },
      success_url: `${APP}/support/thank-you?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${APP}/articles/river-bridge-repairs-delayed?frequency=monthly&amount=10&currency=usd#support`,
    });
    expect(session.line_items?.data[0].price?.recurring?.interval).toBe('month');
    expect(session.line_items?.data[0].price?.product).toBe('reader_support_monthly');
    const rows = await database().db.execute(sql`select frequency, amount, currency, placement, article_slug, status from checkout_sessions where stripe_checkout_session_id = ${id}`);
    expect(rows.rows).toEqual([{ frequency: 'monthly', amount: 1000, currency: 'usd', placement: 'article-end', article_slug: 'river-bridge-repairs-delayed', status: 'open' }]);
  });

  it('once: a payment-mode donation; annual: yearly; the products are made once and reused', async () => {
    const once = await start(post({ ...valid, frequency: 'once', other_amount: '1,000', nonce: 'nonce-once-1' }));
    const onceSession = await t.stripe.checkout.sessions.retrieve(once.headers.get('location')!.split('/').pop()!);
    expect(onceSession).toMatchObject({ mode: 'payment', submit_type: 'donate', amount_total: 100000, customer_creation: 'always' });
    const annual = await start(post({ ...valid, frequency: 'annual', currency: 'gbp', other_amount: '75.50', nonce: 'nonce-annual-1' }));
    const annualId = annual.headers.get('location')!.split('/').pop()!;
    const annualSession = await t.stripe.checkout.sessions.retrieve(annualId, { expand: ['line_items'] });
    expect(annualSession).toMatchObject({ mode: 'subscription', amount_total: 7550, currency: 'gbp' });
    expect(annualSession.line_items?.data[0].price?.recurring?.interval).toBe('year');
    await start(post({ ...valid, amount: '20', nonce: 'nonce-monthly-2' }));
    const products = Object.keys(t.emulator.context.state.objects.products).sort();
    expect(products).toEqual(['reader_support_annual', 'reader_support_monthly', 'reader_support_once']);
  });

  it('a double submit of the same form returns the same session and records it once', async () => {
    const fields = { ...valid, nonce: 'nonce-double-1' };
    const [a, b] = await Promise.all([start(post(fields)), start(post(fields))]);
    const c = await start(post(fields));
    expect(a.headers.get('location')).toBe(b.headers.get('location'));
    expect(c.headers.get('location')).toBe(a.headers.get('location'));
    const id = a.headers.get('location')!.split('/').pop()!;
    const rows = await database().db.execute(sql`select count(*)::int as n from checkout_sessions where stripe_checkout_session_id = ${id}`);
    expect(rows.rows[0].n).toBe(1);
    // The same form with a changed amount is a new choice, so a new session.
    const changed = await start(post({ ...fields, amount: '20' }));
    expect(changed.headers.get('location')).not.toBe(a.headers.get('location'));
  });

  const bad: [string, Record<string, string | undefined>, string, RegExp, string][] = [
    ['below the minimum', { amount: '1' }, 'amount', /starts at \$2/, 'amount_below_minimum'],
    ['above the maximum', { other_amount: '5000' }, 'amount', /most we can accept online/, 'amount_above_maximum'],
    ['not a number', { other_amount: 'ten dollars' }, 'amount', /as a number/, 'amount_not_a_number'],
    ['negative', { other_amount: '-10' }, 'amount', /greater than zero/, 'amount_negative'],
    ['too many decimals', { other_amount: '10.005' }, 'amount', /decimal places/, 'amount_too_precise'],
    ['unknown currency', { currency: 'jpy' }, 'currency', /currency we accept/, 'currency_invalid'],
    ['unknown frequency', { frequency: 'weekly' }, 'frequency', /how often/, 'frequency_invalid'],
    ['missing frequency', { frequency: undefined }, 'frequency', /how often/, 'frequency_invalid'],
    ['missing currency', { currency: undefined }, 'currency', /currency/, 'currency_invalid'],
    ['missing amount', { amount: undefined }, 'amount', /Choose an amount/, 'amount_missing'],
    ['an article that does not exist', { article: 'no-such-story' }, 'article', /no longer exists/, 'article_gone'],
  ];

  it.each(bad)('%s: 400 with a message, no Stripe call, nothing written', async (_name, patch, field, message, code) => {
    const fields = Object.fromEntries(Object.entries({ ...valid, ...patch }).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const before = await counts();
    const json = await start(post(fields, { json: true }));
    expect(json.status).toBe(400);
    const body = await json.json();
    expect(body.error.field).toBe(field);
    expect(body.error.message).toMatch(message);
    const browser = await start(post(fields));
    expect(browser.status).toBe(303);
    const back = new URL(browser.headers.get('location')!, APP);
    expect(back.pathname).toBe(field === 'article' ? '/support' : '/articles/river-bridge-repairs-delayed');
    expect(back.hash).toBe('#support');
    // The redirect carries the message's code; the page shows the words for it.
    expect(back.searchParams.get('error')).toBe(code);
    expect(back.searchParams.get('field')).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it('an oversized body is refused before it is read, and nothing is written', async () => {
    const before = await counts();
    const response = await start(post({}, { json: true, body: `frequency=once&amount=10&currency=usd&pad=${'x'.repeat(20_000)}` }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toMatch(/too large/);
    expect(await counts()).toEqual(before);
  });

  it('over the per-client limit: 429 with Retry-After, and no session', async () => {
    process.env.CHECKOUT_RATE_LIMIT = '3/600';
    const client = '192.0.2.77';
    for (let i = 0; i < 3; i++) expect((await start(post({ ...valid, nonce: `nonce-rate-${i}-x` }, { ip: client }))).status).toBe(303);
    const before = await counts();
    const limited = await start(post({ ...valid, nonce: 'nonce-rate-4-x' }, { ip: client, json: true }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.message).toMatch(/Too many payment attempts/);
    expect((await counts()).sessions).toBe(before.sessions);
    // Another reader is not affected.
    expect((await start(post({ ...valid, nonce: 'nonce-rate-5-x' }))).status).toBe(303);
  });

  it('spoofed X-Forwarded-For and x-client-ip cannot escape the limit, behind the launcher or without it', async () => {
    process.env.CHECKOUT_RATE_LIMIT = '3/600';
    // The launcher's own stamp on a real socket, with no proxy (TRUST_PROXY=0) and behind one (TRUST_PROXY=1).
    for (const trustProxy of [0, 1]) {
      const server = http.createServer(async (req, res) => {
        stampClientIp(req.headers, { socketAddress: req.socket.remoteAddress, trustProxy });
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const headers = Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name));
        const response = await start(new Request(`${APP}/support/checkout`, { method: 'POST', headers: headers as [string, string][], body: Buffer.concat(chunks) }));
        res.writeHead(response.status).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded', origin: APP, accept: 'application/json',
            // The client writes whatever it likes; with TRUST_PROXY=1 our proxy appended the address it saw.
            'x-forwarded-for': trustProxy ? `10.66.${trustProxy}.${i}, 198.51.100.7` : `10.66.0.${i}`,
            [CLIENT_IP_HEADER]: `10.77.${trustProxy}.${i}`,
            'x-client-ip-proof': 'guessed',
          },
          body: new URLSearchParams({ ...valid, nonce: `nonce-spoof-${trustProxy}-${i}` }).toString(),
        });
        statuses.push(response.status);
      }
      server.close();
      expect(statuses).toEqual([303, 303, 303, 429, 429]);
    }
    // Plain `next start` (no launcher): a client's own x-client-ip is not believed, so rotating it buys nothing.
    const bare = (i: number) => new Request(`${APP}/support/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP, accept: 'application/json', [CLIENT_IP_HEADER]: `10.88.0.${i}`, 'x-forwarded-for': `10.89.0.${i}` },
      body: new URLSearchParams({ ...valid, nonce: `nonce-bare-${i}-x` }).toString(),
    });
    const bareStatuses: number[] = [];
    for (let i = 0; i < 5; i++) bareStatuses.push((await start(bare(i))).status);
    expect(bareStatuses).toEqual([303, 303, 303, 429, 429]);
  });

  it('a Stripe outage: a friendly message back on the page, no stack trace, nothing recorded', async () => {
    const unreachable = createStripeClient('sk_test_down', 'http://127.0.0.1:9');
    const before = await counts();
    const json = await start(post({ ...valid, nonce: 'nonce-outage-1' }, { json: true }), unreachable);
    expect(json.status).toBe(503);
    const text = JSON.stringify(await json.json());
    expect(text).toMatch(/could not reach our payment provider/);
    expect(text).not.toMatch(/at .*\.ts|Error:/);
    const browser = await start(post({ ...valid, nonce: 'nonce-outage-2' }), unreachable);
    expect(browser.status).toBe(303);
    expect(new URL(browser.headers.get('location')!, APP).searchParams.get('error')).toBe('checkout_unavailable');
    const after = await counts();
    expect(after.rows).toBe(before.rows);
    expect(after.sessions).toBe(before.sessions);
  });
});
