// `npm run stripe:setup` against an emulator: the webhook endpoint with exactly the handled event types (made, or
// corrected from `*` or from too few), the products, the portal configuration; what is missing is said by name.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripeClient } from '@/lib/stripe/get-stripe';
import { findPortalConfigurationId } from '@/lib/stripe/portal-configuration';
import { HANDLED_EVENT_TYPES } from '@/lib/stripe/read-stripe-event';
import { runStripeSetup } from '@/lib/stripe/run-stripe-setup';
import { checkWebhookEndpoint, describeEndpointProblems } from '@/lib/stripe/webhook-endpoint';
import { startStripeEmulator, type StripeEmulator } from '@/stripe-emulator/index';

const run = promisify(execFile);
const APP = 'https://news.example.org';
const URL = `${APP}/api/stripe/webhook`;
let emulator: StripeEmulator;
let stripe: Stripe;

beforeAll(async () => {
  emulator = await startStripeEmulator({ port: 0, dataFile: null, retryScheduleMs: [] });
  stripe = createStripeClient('sk_test_setup', emulator.url);
});
afterAll(() => emulator.close());

const setup = (hasWebhookSecret = false) => runStripeSetup({ stripe, appUrl: APP, publicationName: 'The Ledger', hasWebhookSecret, emulator: false, live: false });

describe('stripe:setup', () => {
  it('creates the endpoint with exactly the handled event types, the products and the portal; the secret is the one thing left', async () => {
    const first = await setup();
    const [endpoint] = (await stripe.webhookEndpoints.list()).data;
    expect(endpoint.url).toBe(URL);
    expect([...endpoint.enabled_events].sort()).toEqual([...HANDLED_EVENT_TYPES].sort());
    expect(endpoint.enabled_events).not.toContain('*');
    expect(first.done[0]).toMatch(new RegExp(`created webhook endpoint ${endpoint.id}`));
    expect(first.missing).toEqual([expect.stringMatching(/^STRIPE_WEBHOOK_SECRET: set it to the new endpoint's signing secret, whsec_/)]);
    const products = await stripe.products.list();
    expect(products.data.map((p) => p.id).sort()).toEqual(['reader_support_annual', 'reader_support_monthly', 'reader_support_once']);
    expect(products.data.every((p) => p.metadata.app === 'reader-revenue')).toBe(true);
    const configuration = await findPortalConfigurationId(stripe);
    expect(configuration).toMatch(/^bpc_/);
    const portal = await stripe.billingPortal.configurations.retrieve(configuration!);
    expect(portal.features).toMatchObject({ subscription_cancel: { enabled: true, mode: 'at_period_end' }, payment_method_update: { enabled: true } });

    const again = await setup(true);
    expect(again.missing).toEqual([]);
    expect(again.done[0]).toMatch(/sends exactly the \d+ event types the app handles/);
    expect((await stripe.webhookEndpoints.list()).data).toHaveLength(1);
    expect((await stripe.billingPortal.configurations.list()).data).toHaveLength(1);
  });

  it('corrects an endpoint that sends everything, or too little, and restores an archived product', async () => {
    const [endpoint] = (await stripe.webhookEndpoints.list()).data;
    await stripe.webhookEndpoints.update(endpoint.id, { enabled_events: ['*'] });
    expect(describeEndpointProblems(await checkWebhookEndpoint({ stripe, url: URL }), URL)).toMatch(/sends every event type \(\*\)/);
    const fromStar = await setup(true);
    expect(fromStar.done[0]).toMatch(/corrected webhook endpoint .*: added .*; removed \*/);

    await stripe.webhookEndpoints.update(endpoint.id, { enabled_events: ['checkout.session.completed'], disabled: true });
    const problem = describeEndpointProblems(await checkWebhookEndpoint({ stripe, url: URL }), URL)!;
    // The start-up warning names what would be lost
    expect(problem).toContain('it is disabled');
    expect(problem).toContain('invoice.paid');
    expect(problem).toContain('customer.subscription.deleted');
    expect(problem).toContain('charge.refunded');
    await stripe.products.update('reader_support_monthly', { active: false });
    const fixed = await setup(true);
    expect(fixed.done.join('\n')).toContain('restored archived product reader_support_monthly');
    expect(describeEndpointProblems(await checkWebhookEndpoint({ stripe, url: URL }), URL)).toBeNull();
    expect((await stripe.webhookEndpoints.retrieve(endpoint.id)).status).toBe('enabled');
  });

  it('says when Stripe cannot reach APP_URL, and that a live endpoint needs https', async () => {
    const report = await runStripeSetup({ stripe, appUrl: 'http://localhost:3000', publicationName: 'The Ledger', hasWebhookSecret: true, emulator: false, live: true });
    expect(report.missing.join('\n')).toMatch(/Stripe cannot deliver webhooks there/);
    expect(report.missing.join('\n')).toMatch(/must be https/);
  });

  it('runs as npm run stripe:setup: prints what it did and what is missing, exit 1 until nothing is', async () => {
    const env = { ...process.env, STRIPE_SECRET_KEY: 'sk_test_cli', STRIPE_API_URL: emulator.url, APP_URL: 'https://cli.example.org', STRIPE_WEBHOOK_SECRET: '', DATA_DIR: 'data/stripe-setup-test' };
    const failed = await run('npx', ['tsx', 'scripts/stripe-setup.ts'], { env }).catch((e: { code: number; stdout: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    const out = (failed as { stdout: string }).stdout;
    expect(out).toMatch(/✓ created webhook endpoint we_\w+ for https:\/\/cli\.example\.org\/api\/stripe\/webhook/);
    expect(out).toMatch(/✗ missing: STRIPE_WEBHOOK_SECRET/);
    const ok = await run('npx', ['tsx', 'scripts/stripe-setup.ts'], { env: { ...env, STRIPE_WEBHOOK_SECRET: 'whsec_set' } });
    expect(ok.stdout).toContain('The account is ready.');
    const noKey = await run('npx', ['tsx', 'scripts/stripe-setup.ts'], { env: { ...env, STRIPE_SECRET_KEY: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect(noKey).toMatchObject({ code: 2, stderr: expect.stringContaining('STRIPE_SECRET_KEY is not set') });
  });
});
