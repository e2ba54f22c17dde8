// `npm run stripe:setup`: creates or checks the Stripe account's webhook endpoint (exactly the handled event
// types), the support products and the Billing Portal configuration; prints what it did and what is missing.
import './lib/outside-next';
import { createStripeClient } from '../lib/stripe/get-stripe';
import { runStripeSetup } from '../lib/stripe/run-stripe-setup';
import { runStripeCommand } from './lib/stripe-command';

runStripeCommand('stripe:setup', async (config) => {
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
});
