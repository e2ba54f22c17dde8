// Stripe API calls per flow, counted by the emulator (GET /_emulator/requests): everything the app asks of Stripe for a
// one-off gift, a new monthly supporter, a renewal and a view of the account, once its products are cached (steady
// state). Stripe's test mode allows 25 requests a second, live mode 100: these counts say how many readers that is.
// Each flow: the app starts the Checkout, the reader pays, the thank-you page loads, then every webhook of the flow
// lands (the typical order: the redirect is quicker than the webhook).
import '../scripts/lib/outside-next';
import type Stripe from 'stripe';
import { openDatabase, setDatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { getAccountOverview } from '../lib/account/get-account-overview';
import { linkSupporterToUser } from '../lib/account/link-supporter-to-user';
import { syncCheckoutSession } from '../lib/memberships/sync-checkout-session';
import { createStripeClient } from '../lib/stripe/get-stripe';
import { processStripeEvent } from '../lib/stripe/process-stripe-event';
import { isHandledEventType } from '../lib/stripe/read-stripe-event';
import { runStripeSetup } from '../lib/stripe/run-stripe-setup';
import { createCheckoutSession } from '../lib/support/create-checkout-session';
import { ensureSupportProduct } from '../lib/support/ensure-support-product';
import type { SupportChoice } from '../lib/support/validate-support-form';
import { users } from '../db/schema';
import { startStripeEmulator } from '../stripe-emulator/index';
import { emit } from './lib/emit';

type Requests = { total: number; by_operation: Record<string, number> };

async function main() {
  process.env.LOG_LEVEL = 'warn';
  const emulator = await startStripeEmulator({ port: 0, dataFile: null, retryScheduleMs: [] });
  // The app's own client (getStripe, used by the account page) points at the same emulator.
  process.env.STRIPE_SECRET_KEY = 'sk_test_bench';
  process.env.STRIPE_API_URL = emulator.url;
  const handle = openDatabase({ dataDir: null });
  await migrateDatabase(handle);
  setDatabaseHandle(handle);
  const stripe = createStripeClient('sk_test_bench', emulator.url);
  await runStripeSetup({ stripe, appUrl: 'http://bench.test', publicationName: 'Bench', hasWebhookSecret: true, emulator: true, live: false, webhook: 'skip' });
  const requests = async (): Promise<Requests> => (await fetch(`${emulator.url}/_emulator/requests`)).json() as Promise<Requests>;
  const seen = new Set(Object.keys(emulator.context.state.objects.events));
  /** The flow's webhooks, as the endpoint receives them (read from the emulator's store, which costs no API call). */
  const deliverWebhooks = async () => {
    for (const stored of Object.values(emulator.context.state.objects.events)) {
      if (seen.has(stored.id)) continue;
      seen.add(stored.id);
      if (isHandledEventType(stored.type)) await processStripeEvent({ event: structuredClone(stored) as unknown as Stripe.Event, stripe, database: handle.db });
    }
  };
  const give = async (frequency: SupportChoice['frequency'], email: string) => {
    const choice: SupportChoice = { frequency, currency: 'usd', amount: 1000, amountText: '10', placement: 'article-end', articleSlug: null, nonce: null };
    const session = await createCheckoutSession({ stripe, database: handle.db, choice, appUrl: 'http://bench.test', publicationName: 'Bench' });
    const body = new URLSearchParams({ email, cardnumber: '4242 4242 4242 4242', exp: '12 / 34', cvc: '123', name: 'Bench Reader' });
    const paid = await fetch(session.url, { method: 'POST', body, redirect: 'manual' });
    if (paid.status !== 303) throw new Error(`payment refused: ${paid.status}`);
    await syncCheckoutSession({ stripe, database: handle.db, sessionId: session.id });
    await deliverWebhooks();
  };
  const measure = async (name: string, flow: () => Promise<void>) => {
    const before = await requests();
    await flow();
    const after = await requests();
    const byOperation = Object.fromEntries(Object.entries(after.by_operation)
      .map(([op, n]) => [op, n - (before.by_operation[op] ?? 0)] as const).filter(([, n]) => n > 0));
    emit(name, after.total - before.total, 'calls', { by_operation: byOperation });
  };

  try {
    // Warm: the support products are looked up once per process, then cached.
    for (const frequency of ['once', 'monthly'] as const) await ensureSupportProduct({ stripe, frequency, publicationName: 'Bench' });
    await measure('stripe_calls_one_off_gift', () => give('once', 'gift@bench.test'));
    // A refund made in Stripe's dashboard: what its webhooks cost the app.
    const gift = Object.values(emulator.context.state.objects.payment_intents).find((p) => p.status === 'succeeded')!;
    await stripe.refunds.create({ payment_intent: gift.id, amount: 500 });
    await measure('stripe_calls_refund_webhooks', deliverWebhooks);
    await measure('stripe_calls_new_monthly_supporter', () => give('monthly', 'monthly@bench.test'));
    await measure('stripe_calls_monthly_renewal', async () => {
      await fetch(`${emulator.url}/_emulator/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seconds: 32 * 86_400 }) });
      await deliverWebhooks();
    });
    const [row] = await handle.db.insert(users).values({ email: 'monthly@bench.test', name: 'Bench', emailVerified: new Date() }).returning();
    const user = { id: row.id, email: 'monthly@bench.test', name: 'Bench' };
    await linkSupporterToUser(user);
    await measure('stripe_calls_account_view', async () => {
      await getAccountOverview(user);
    });
  } finally {
    await emulator.close();
    setDatabaseHandle(undefined);
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
