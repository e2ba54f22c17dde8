// Webhook delivery: Stripe signatures, retries with back-off after failures, and the delivery-mode controls.
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listen, startTestEmulator, waitUntil, type Receiver, type TestEmulator } from '../helpers';

let t: TestEmulator;
let receiver: Receiver;
let secret: string;

beforeEach(async () => {
  t = await startTestEmulator({ retryScheduleMs: [30, 60, 120] });
  const l = await listen(t);
  receiver = l.receiver;
  secret = l.endpoint.secret!;
});
afterEach(async () => {
  await receiver.close();
  await t.close();
});

describe('webhook deliveries', () => {
  it('signs like Stripe with a wall-clock timestamp, even after the clock moved ahead', async () => {
    expect(secret).toMatch(/^whsec_/);
    await t.control('advance', { seconds: 90 * 86_400 });
    const customer = await t.stripe.customers.create({ email: 'sig@example.org' });
    await receiver.waitFor((r) => r.length >= 1);
    const { body, signature, event } = receiver.received[0];
    expect(event.type).toBe('customer.created');
    expect((event.data.object as { id: string }).id).toBe(customer.id);
    const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature)!;
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(5);
    expect(v1).toBe(createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex'));
    expect(event.api_version).toBe('2026-10-28.endive');
    expect(event.created).toBeGreaterThan(Date.now() / 1000 + 80 * 86_400);
  });

  it('retries after a 500 with back-off and records the attempts', async () => {
    receiver.respond = (n) => (n <= 2 ? 500 : 200);
    const customer = await t.stripe.customers.create({ email: 'retry@example.org' });
    await receiver.waitFor((r) => r.length >= 1, 5_000);
    const { data } = await t.control('deliveries');
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ type: 'customer.created', attempts: 3, last_status: 200, delivered: true, url: receiver.url });
    const [event] = (await t.stripe.events.list({ type: 'customer.created' })).data;
    expect((event.data.object as { id: string }).id).toBe(customer.id);
    expect(event.pending_webhooks).toBe(0);
    expect((await t.stripe.events.list({ delivery_success: true })).data).toHaveLength(1);
  });

  it('gives up after the schedule and keeps the event pending; network errors count as failures', async () => {
    receiver.respond = () => 503;
    const customer = await t.stripe.customers.create({ email: 'down@example.org' });
    await waitUntil(async () => (await t.control('deliveries')).data[0]?.gave_up === true, 5_000);
    const { data } = await t.control('deliveries');
    expect(data[0]).toMatchObject({ attempts: 4, last_status: 503, delivered: false });
    expect((await t.stripe.events.list({ delivery_success: false })).data).toHaveLength(1);

    const dead = await t.stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:9/nowhere', enabled_events: ['customer.updated'] });
    await t.stripe.customers.update(customer.id, { name: 'x' });
    await waitUntil(async () => (await t.control('deliveries')).data.some((d: { endpoint: string; gave_up: boolean }) => d.endpoint === dead.id && d.gave_up), 5_000);
    const failed = (await t.control('deliveries')).data.find((d: { endpoint: string }) => d.endpoint === dead.id);
    expect(failed.last_status).toBeNull();
    expect(failed.last_error).toBeTruthy();
  });

  it('only sends enabled event types and stops after the endpoint is deleted', async () => {
    const other = await listen(t, ['invoice.paid']);
    await t.stripe.customers.create({ email: 'a@example.org' });
    await receiver.waitFor((r) => r.length === 1);
    expect(other.receiver.received).toHaveLength(0);
    await t.stripe.webhookEndpoints.del(other.endpoint.id);
    const endpoints = await t.stripe.webhookEndpoints.list();
    expect(endpoints.data.map((e) => e.id)).not.toContain(other.endpoint.id);
    expect(endpoints.data[0]).not.toHaveProperty('secret');
    await other.receiver.close();
  });

  it('registers endpoints with explicit event lists, refuses unknown types, and updates the list', async () => {
    await expect(t.stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: ['checkout.session.completed', 'invoice.piad' as never] }))
      .rejects.toMatchObject({ statusCode: 400, param: 'enabled_events[1]' });
    const narrow = await listen(t, ['checkout.session.completed']);
    await t.stripe.customers.create({ email: 'narrow@example.org' });
    await receiver.waitFor((r) => r.length === 1);
    expect(narrow.receiver.received).toHaveLength(0);
    const widened = await t.stripe.webhookEndpoints.update(narrow.endpoint.id, { enabled_events: ['checkout.session.completed', 'customer.created'] });
    expect(widened.enabled_events).toEqual(['checkout.session.completed', 'customer.created']);
    await t.stripe.customers.create({ email: 'wide@example.org' });
    await narrow.receiver.waitFor((r) => r.length === 1);
    await t.stripe.webhookEndpoints.update(narrow.endpoint.id, { disabled: true });
    expect((await t.stripe.webhookEndpoints.retrieve(narrow.endpoint.id)).status).toBe('disabled');
    await t.stripe.customers.create({ email: 'off@example.org' });
    await receiver.waitFor((r) => r.length === 3);
    expect(narrow.receiver.received).toHaveLength(1);
    await narrow.receiver.close();
  });

  it('an outage refuses every try for that much emulator time, so the retries give up; later events get through', async () => {
    const mode = await t.control('delivery-mode', { outage_seconds: 3600 });
    expect(mode.outage_until).toBeGreaterThan(Date.now() / 1000);
    const lost = await t.stripe.customers.create({ email: 'lost@example.org' });
    await waitUntil(async () => (await t.control('deliveries')).data.some((d: { gave_up: boolean }) => d.gave_up), 5_000);
    const [given] = (await t.control('deliveries')).data;
    expect(given).toMatchObject({ attempts: 4, last_status: 503, delivered: false, gave_up: true });
    expect(receiver.received).toHaveLength(0);
    // An hour later the endpoint is back: new events arrive, the lost one stays lost (only the events list has it)
    await t.control('advance', { seconds: 3600 });
    await t.stripe.customers.create({ email: 'back@example.org' });
    await receiver.waitFor((r) => r.length === 1);
    expect((receiver.received[0].event.data.object as { email: string }).email).toBe('back@example.org');
    const missed = (await t.stripe.events.list({ delivery_success: false })).data.map((e) => (e.data.object as { id: string }).id);
    expect(missed).toEqual([lost.id]);
  });

  it('pauses, duplicates, shuffles and flushes on request', async () => {
    await t.control('delivery-mode', { paused: true });
    for (let i = 0; i < 5; i++) await t.stripe.customers.create({ email: `p${i}@example.org` });
    // Paused: every delivery is queued and none was attempted (the emulator's own record, not a guess about timing).
    const queued = await t.control('deliveries');
    expect(queued.mode.paused).toBe(true);
    expect(queued.data.map((d: { type: string; attempts: number; delivered: boolean }) => [d.type, d.attempts, d.delivered])).toEqual(Array(5).fill(['customer.created', 0, false]));
    expect(receiver.received).toHaveLength(0);
    const flushed = await t.control('flush', {});
    // Each went out once, and only when flushed.
    expect(flushed.data.every((d: { delivered: boolean; attempts: number }) => d.delivered && d.attempts === 1)).toBe(true);
    expect(receiver.types()).toEqual(Array(5).fill('customer.created'));
    const emails = receiver.received.map((r) => (r.event.data.object as { email: string }).email);
    expect(emails).toEqual(['p0@example.org', 'p1@example.org', 'p2@example.org', 'p3@example.org', 'p4@example.org']);

    receiver.received.length = 0;
    const mode = await t.control('delivery-mode', { paused: false, duplicate: true, shuffle: true });
    expect(mode).toEqual({ paused: false, duplicate: true, shuffle: true, outage_until: null });
    for (let i = 0; i < 6; i++) await t.stripe.customers.create({ email: `d${i}@example.org` });
    await receiver.waitFor((r) => r.length === 12);
    const ids = receiver.received.map((r) => r.event.id);
    expect(new Set(ids).size).toBe(6);

    await t.control('reset', {});
    expect((await t.stripe.webhookEndpoints.list()).data).toHaveLength(0);
    expect((await t.control('deliveries')).data).toHaveLength(0);
  });

  it('accepts form-encoded control bodies and rejects bad ones', async () => {
    const res = await fetch(`${t.emulator.url}/_emulator/delivery-mode`, { method: 'POST', body: new URLSearchParams({ paused: 'true' }) });
    expect(await res.json()).toMatchObject({ paused: true });
    const bad = await fetch(`${t.emulator.url}/_emulator/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"minutes": 3}' });
    expect(bad.status).toBe(400);
    expect((await fetch(`${t.emulator.url}/v1/_emulator/reset`, { method: 'POST', headers: { authorization: 'Bearer sk_test_x' } })).status).toBe(404);
  });
});
