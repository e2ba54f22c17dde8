// State survives a restart: objects, events, endpoints and the global clock are saved to the data file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MONTHLY, payHosted, startTestEmulator } from '../helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'stripe-emulator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('reloads what was saved, including webhook secrets and the clock offset', async () => {
    const dataFile = path.join(dir, 'nested', 'state.json');
    const first = await startTestEmulator({ dataFile });
    const endpoint = await first.stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:1/x', enabled_events: ['*'] });
    const session = await first.stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'keep@example.org', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    await payHosted(session.url!);
    await first.control('advance', { seconds: 3600 });
    const now = (await first.control('now')).now as number;
    await first.close();
    const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(Object.keys(saved.objects.subscriptions)).toHaveLength(1);
    expect(JSON.stringify(saved)).not.toContain('sk_test_');

    const second = await startTestEmulator({ dataFile });
    const done = await second.stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] });
    expect(done.status).toBe('complete');
    expect((await second.stripe.webhookEndpoints.list()).data[0].id).toBe(endpoint.id);
    expect(second.emulator.context.state.internal.webhook_secrets[endpoint.id]).toBe(endpoint.secret);
    expect((await second.control('now')).now).toBeGreaterThanOrEqual(now);
    expect((await second.stripe.events.list({ limit: 100 })).data.length).toBeGreaterThan(5);
    await second.close();
  });
});
