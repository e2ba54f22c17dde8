// With no STRIPE_SECRET_KEY: start the emulator, point the SDK at it, and register the app's webhook endpoint.
import path from 'node:path';
import type { Config } from '../../lib/config';
import { createStripeClient } from '../../lib/stripe/get-stripe';

export type StripeSetup = { mode: 'stripe' | 'emulator'; apiUrl?: string; close(): Promise<void> };

const EMULATOR_KEY = 'sk_test_emulator';

export async function startStripeEmulatorIfNeeded(config: Config): Promise<StripeSetup> {
  if (config.STRIPE_SECRET_KEY) return { mode: 'stripe', apiUrl: config.STRIPE_API_URL, close: async () => {} };
  const { startStripeEmulator } = await import('../../stripe-emulator/index');
  const emulator = await startStripeEmulator({
    port: config.STRIPE_EMULATOR_PORT,
    dataFile: path.join(config.DATA_DIR, 'stripe-emulator.json'),
  });
  const stripe = createStripeClient(EMULATOR_KEY, emulator.url);
  // The emulator delivers over loopback, whatever public APP_URL is configured.
  const webhookUrl = `http://127.0.0.1:${config.PORT}/api/stripe/webhook`;
  const existing = await stripe.webhookEndpoints.list({ limit: 100 });
  await Promise.all(existing.data.filter((e) => e.url === webhookUrl).map((e) => stripe.webhookEndpoints.del(e.id)));
  const endpoint = await stripe.webhookEndpoints.create({ url: webhookUrl, enabled_events: ['*'] });
  process.env.STRIPE_SECRET_KEY = EMULATOR_KEY;
  process.env.STRIPE_API_URL = emulator.url;
  process.env.STRIPE_WEBHOOK_SECRET ||= endpoint.secret;
  return { mode: 'emulator', apiUrl: emulator.url, close: () => emulator.close() };
}
