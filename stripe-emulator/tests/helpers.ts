// Test helpers: an emulator on a free port, an SDK client for it, the hosted form, and a webhook receiver.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from '../index';

export interface TestEmulator {
  emulator: StripeEmulator;
  stripe: Stripe;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON from /_emulator, checked by the assertions
  control(path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

export async function startTestEmulator(options: StripeEmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startStripeEmulator({ port: 0, dataFile: null, retryScheduleMs: [50, 100, 200], ...options });
  const stripe = new Stripe('sk_test_emulator', { ...emulator.stripeConfig, maxNetworkRetries: 0 });
  return {
    emulator,
    stripe,
    async control(path, body) {
      const res = await fetch(`${emulator.url}/_emulator/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res.json();
    },
    close: () => emulator.close(),
  };
}

export interface CardFields {
  email?: string;
  cardnumber?: string;
  exp?: string;
  cvc?: string;
  name?: string;
}

export const CARDS = {
  ok: '4242 4242 4242 4242',
  disputed: '4000 0000 0000 0259',
  refundFails: '4000 0000 0000 5126',
  declined: '4000 0000 0000 0002',
  insufficient: '4000 0000 0000 9995',
  expired: '4000 0000 0000 0069',
  chargesFail: '4000 0000 0000 0341',
};

/** Posts the hosted checkout form like a browser without JS would. */
export async function payHosted(url: string, fields: CardFields = {}): Promise<{ status: number; location: string | null; html: string }> {
  const form = new URLSearchParams({
    email: fields.email ?? 'reader@example.org',
    cardnumber: fields.cardnumber ?? CARDS.ok,
    exp: fields.exp ?? '12 / 34',
    cvc: fields.cvc ?? '123',
    name: fields.name ?? 'Ada Reader',
  });
  const res = await fetch(url, { method: 'POST', body: form, redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

/** Stripe's test IBANs: the first settles, the second fails (SETTLEMENT_SECONDS after it is submitted). */
export const IBANS = { ok: 'DE89 3704 0044 0532 0130 00', fails: 'DE62 3704 0044 0532 0130 01' };

/** Pays the hosted checkout form with SEPA Direct Debit. */
export async function payHostedDebit(url: string, fields: { email?: string; iban?: string; account_name?: string } = {}): Promise<{ status: number; location: string | null; html: string }> {
  return postForm(url, { email: fields.email ?? 'reader@example.org', method: 'sepa_debit', iban: fields.iban ?? IBANS.ok, account_name: fields.account_name ?? 'Ada Reader' });
}

export async function postForm(url: string, fields: Record<string, string> = {}): Promise<{ status: number; location: string | null; html: string }> {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

export interface Received {
  body: string;
  signature: string;
  event: Stripe.Event;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Status to answer with; a function can fail the first tries. */
  respond: (n: number, event: Stripe.Event) => number;
  waitFor(predicate: (r: Received[]) => boolean, timeoutMs?: number): Promise<void>;
  types(): string[];
  close(): Promise<void>;
}

export async function startReceiver(secret: () => string, stripe: Stripe): Promise<Receiver> {
  const received: Received[] = [];
  let count = 0;
  const receiver: Receiver = {
    url: '',
    received,
    respond: () => 200,
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > until) throw new Error(`timed out; received: ${receiver.types().join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    types: () => received.map((r) => r.event.type),
    close: () => new Promise((r) => server.close(() => r())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = String(req.headers['stripe-signature'] ?? '');
      try {
        const event = stripe.webhooks.constructEvent(body, signature, secret());
        count += 1;
        const status = receiver.respond(count, event);
        if (status < 300) received.push({ body, signature, event });
        res.writeHead(status).end();
      } catch {
        res.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
  return receiver;
}

/** Registers a receiver for all events and returns it with the endpoint. */
export async function listen(t: TestEmulator, events: string[] = ['*']): Promise<{ receiver: Receiver; endpoint: Stripe.WebhookEndpoint }> {
  let secret = '';
  const receiver = await startReceiver(() => secret, t.stripe);
  const endpoint = await t.stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: events as Stripe.WebhookEndpointCreateParams.EnabledEvent[] });
  secret = endpoint.secret!;
  return { receiver, endpoint };
}

export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const MONTHLY = { currency: 'eur', unit_amount: 500, recurring: { interval: 'month' as const }, product_data: { name: 'Monthly membership' } };
export const ANNUAL = { currency: 'eur', unit_amount: 5000, recurring: { interval: 'year' as const }, product_data: { name: 'Annual membership' } };

export interface EmulatorWithReceiver {
  t: TestEmulator;
  receiver: Receiver;
}

/** One emulator and a receiver of every event for a test file; what was received is cleared before each test. */
export function emulatorForFile(options: StripeEmulatorOptions = {}): EmulatorWithReceiver {
  const env = {} as EmulatorWithReceiver;
  beforeAll(async () => {
    env.t = await startTestEmulator(options);
    env.receiver = (await listen(env.t)).receiver;
  });
  afterAll(async () => {
    await env.receiver.close();
    await env.t.close();
  });
  beforeEach(() => {
    env.receiver.received.length = 0;
  });
  return env;
}
