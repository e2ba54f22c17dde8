// With no STRIPE_SECRET_KEY: start the emulator, point the SDK at it, and set it up as `npm run stripe:setup` sets
// up a real account (a webhook endpoint with exactly the handled event types, the products, the portal). With real
// keys: check the account's webhook endpoint once and warn, by name, about event types it would lose.
import path from 'node:path';
import type { Config } from '../../lib/config';
import { getLogger } from '../../lib/log/logger';
import { createStripeClient } from '../../lib/stripe/get-stripe';
import { HANDLED_EVENT_TYPES } from '../../lib/stripe/read-stripe-event';
import { runStripeSetup } from '../../lib/stripe/run-stripe-setup';
import { checkWebhookEndpoint, describeEndpointProblems, webhookUrl } from '../../lib/stripe/webhook-endpoint';

export type StripeSetup = { mode: 'stripe' | 'emulator'; apiUrl?: string; close(): Promise<void> };

const EMULATOR_KEY = 'sk_test_emulator';

async function warnAboutEndpoint(config: Config): Promise<void> {
  const url = webhookUrl(config.APP_URL);
  try {
    const check = await checkWebhookEndpoint({ stripe: createStripeClient(config.STRIPE_SECRET_KEY!, config.STRIPE_API_URL), url });
    const problem = describeEndpointProblems(check, url);
    if (problem) getLogger().warn(problem);
  } catch (error) {
    getLogger().warn({ reason: error instanceof Error ? error.message : String(error) }, 'could not check the Stripe webhook endpoint');
  }
}

export async function startStripeEmulatorIfNeeded(config: Config): Promise<StripeSetup> {
  if (config.STRIPE_SECRET_KEY) {
    await warnAboutEndpoint(config);
    return { mode: 'stripe', apiUrl: config.STRIPE_API_URL, close: async () => {} };
  }
  const { startStripeEmulator } = await import('../../stripe-emulator/index');
  const emulator = await startStripeEmulator({
    port: config.STRIPE_EMULATOR_PORT,
    dataFile: path.join(config.DATA_DIR, 'stripe-emulator.json'),
  });
  const stripe = createStripeClient(EMULATOR_KEY, emulator.url);
  // The emulator delivers over loopback, whatever public APP_URL is configured; a fresh endpoint each start, since
  // a signing secret is only ever shown when its endpoint is created.
  const url = `http://127.0.0.1:${config.PORT}/api/stripe/webhook`;
  const existing = await stripe.webhookEndpoints.list({ limit: 100 });
  await Promise.all(existing.data.filter((e) => e.url === url).map((e) => stripe.webhookEndpoints.del(e.id)));
  const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: [...HANDLED_EVENT_TYPES] });
  await runStripeSetup({ stripe, appUrl: config.APP_URL, publicationName: config.PUBLICATION_NAME, hasWebhookSecret: true, emulator: true, live: false, webhook: 'skip' });
  process.env.STRIPE_SECRET_KEY = EMULATOR_KEY;
  process.env.STRIPE_API_URL = emulator.url;
  process.env.STRIPE_WEBHOOK_SECRET ||= endpoint.secret;
  return { mode: 'emulator', apiUrl: emulator.url, close: () => emulator.close() };
}
