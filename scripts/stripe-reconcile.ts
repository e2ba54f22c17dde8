// `npm run stripe:reconcile`: applies every Stripe event since the last one reconciled that the webhook missed;
// safe beside the running server and on several instances (one runs, the others say so).
import './lib/outside-next';
import { ConfigError, parseConfig } from '../lib/config';
import { getDatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createStripeClient } from '../lib/stripe/get-stripe';
import { reconcileStripeEvents } from '../lib/stripe/reconcile-stripe-events';

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
    console.error('STRIPE_SECRET_KEY is not set: set it to the account\'s secret key (sk_test_… or sk_live_…), and STRIPE_API_URL for an emulator (npm start reconciles by itself).');
    return 2;
  }
  const database = getDatabaseHandle();
  try {
    await migrateDatabase(database);
    const result = await reconcileStripeEvents({ stripe: createStripeClient(config.STRIPE_SECRET_KEY, config.STRIPE_API_URL), database: database.db });
    console.log(JSON.stringify({ job: 'stripe-reconcile', ...result }));
    return result.ran && result.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const e = error as { type?: string; message?: string };
    console.error(`stripe:reconcile failed: ${[e.type, e.message].filter(Boolean).join(': ') || String(error)}`);
    process.exit(1);
  },
);
