// The three support products (one-off, monthly, annual) are created once in Stripe under fixed ids and reused.
import type Stripe from 'stripe';
import type { Frequency } from './amounts';

const PRODUCT_IDS: Record<Frequency, string> = {
  once: 'reader_support_once',
  monthly: 'reader_support_monthly',
  annual: 'reader_support_annual',
};

const NAMES: Record<Frequency, string> = { once: 'One-off gift', monthly: 'Monthly support', annual: 'Annual support' };

// Per Stripe client, so tests with their own emulator never see another's cache.
const cache = new WeakMap<Stripe, Map<Frequency, Promise<string>>>();

export function ensureSupportProduct(options: { stripe: Stripe; frequency: Frequency; publicationName: string }): Promise<string> {
  const { stripe, frequency } = options;
  let known = cache.get(stripe);
  if (!known) cache.set(stripe, (known = new Map()));
  let pending = known.get(frequency);
  if (!pending) {
    pending = findOrCreate(options);
    // A failed lookup (Stripe down) is retried on the next checkout rather than cached.
    pending.catch(() => known.delete(frequency));
    known.set(frequency, pending);
  }
  return pending;
}

async function findOrCreate({ stripe, frequency, publicationName }: { stripe: Stripe; frequency: Frequency; publicationName: string }): Promise<string> {
  const id = PRODUCT_IDS[frequency];
  try {
    const product = await stripe.products.retrieve(id);
    // Archived in the dashboard by mistake: Checkout refuses inactive products, so bring it back.
    if (!product.active) await stripe.products.update(id, { active: true });
    return product.id;
  } catch (error) {
    if ((error as Stripe.errors.StripeError).code !== 'resource_missing') throw error;
  }
  try {
    const product = await stripe.products.create(
      { id, name: `${publicationName}: ${NAMES[frequency]}`, metadata: { frequency } },
      { idempotencyKey: `support-product-${id}` },
    );
    return product.id;
  } catch (error) {
    // Another instance created it between our lookup and our create.
    if ((error as Stripe.errors.StripeError).code === 'resource_already_exists') return id;
    throw error;
  }
}
