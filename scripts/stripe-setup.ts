// `npm run stripe:setup`: creates or checks the Stripe account's webhook endpoint (exactly the handled event
// types), the support products and the Billing Portal configuration; prints what it did and what is missing.
import './lib/outside-next';
import { ConfigError, parseConfig } from '../lib/config';
import { createStripeClient } from '../lib/stripe/get-stripe';
import { runStripeSetup } from '../lib/stripe/run-stripe-setup';

async function main(): Promise<number> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    return 2;
  }
  if (!config.STRIPE_SECRET_KEY) {
    console.error('STRIPE_SECRET_KEY is not set: set it to the account\'s secret key (sk_test_… or sk_live_…), and STRIPE_API_URL for an emulator.');
    return 2;
  }
  const live = config.STRIPE_SECRET_KEY.includes('_live_');
  console.log(`Setting up the Stripe account (${config.STRIPE_API_URL ? `emulator at ${config.STRIPE_API_URL}` : live ? 'live mode' : 'test mode'}) for ${config.APP_URL}`);
  const report = await runStripeSetup({
    stripe: createStripeClient(config.STRIPE_SECRET_KEY, config.STRIPE_API_URL),
    appUrl: config.APP_URL,
    publicationName: config.PUBLICATION_NAME,
    hasWebhookSecret: Boolean(config.STRIPE_WEBHOOK_SECRET),
    emulator: Boolean(config.STRIPE_API_URL),
    live,
  });
  for (const line of report.done) console.log(`  ✓ ${line}`);
  for (const line of report.missing) console.log(`  ✗ missing: ${line}`);
  console.log(report.missing.length === 0 ? 'The account is ready.' : `${report.missing.length} thing(s) still to do.`);
  return report.missing.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const e = error as { type?: string; message?: string };
    console.error(`stripe:setup failed: ${[e.type, e.message].filter(Boolean).join(': ') || String(error)}`);
    process.exit(1);
  },
);
