// `npm run stripe:reconcile`: applies every Stripe event since the last one reconciled that the webhook missed;
// safe beside the running server and on several instances (one runs, the others say so).
import './lib/outside-next';
import { getDatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { createStripeClient } from '../lib/stripe/get-stripe';
import { reconcileStripeEvents } from '../lib/stripe/reconcile-stripe-events';
import { runStripeCommand } from './lib/stripe-command';

runStripeCommand('stripe:reconcile', async (config) => {
  const database = getDatabaseHandle();
  try {
    await migrateDatabase(database);
    const result = await reconcileStripeEvents({ stripe: createStripeClient(config.STRIPE_SECRET_KEY, config.STRIPE_API_URL), database: database.db });
    console.log(JSON.stringify({ job: 'stripe-reconcile', ...result }));
    return result.ran && result.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}, { whenUnset: '(npm start reconciles by itself)' });
