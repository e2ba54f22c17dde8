// The three support products (one-off, monthly, annual) are created once in Stripe under fixed ids and reused.
import type Stripe from 'stripe';
import { FREQUENCIES, type Frequency } from './amounts';
import { APP_METADATA, SUPPORT_PRODUCT_IDS as PRODUCT_IDS } from './support-stripe-objects';

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

export type ProductOutcome = 'found' | 'reactivated' | 'created';

async function findOrCreate(options: { stripe: Stripe; frequency: Frequency; publicationName: string }): Promise<string> {
  return (await ensureProduct(options)).id;
}

/** The product for one frequency: found, brought back when archived, or created; says which. */
export async function ensureProduct({ stripe, frequency, publicationName }: { stripe: Stripe; frequency: Frequency; publicationName: string }): Promise<{ id: string; outcome: ProductOutcome }> {
  const id = PRODUCT_IDS[frequency];
  try {
    const product = await stripe.products.retrieve(id);
    // Archived in the dashboard by mistake: Checkout refuses inactive products, so bring it back.
    if (!product.active) {
      await stripe.products.update(id, { active: true });
      return { id, outcome: 'reactivated' };
    }
    return { id, outcome: 'found' };
  } catch (error) {
    if ((error as Stripe.errors.StripeError).code !== 'resource_missing') throw error;
  }
  try {
    await stripe.products.create(
      { id, name: `${publicationName}: ${NAMES[frequency]}`, metadata: { ...APP_METADATA, frequency } },
      { idempotencyKey: `support-product-${id}` },
    );
    return { id, outcome: 'created' };
  } catch (error) {
    // Another instance created it between our lookup and our create.
    if ((error as Stripe.errors.StripeError).code === 'resource_already_exists') return { id, outcome: 'found' };
    throw error;
  }
}

/** All three products, for `npm run stripe:setup`. */
export async function ensureSupportProducts(options: { stripe: Stripe; publicationName: string }): Promise<Array<{ frequency: Frequency; id: string; outcome: ProductOutcome }>> {
  const out = [];
  for (const frequency of FREQUENCIES) out.push({ frequency, ...(await ensureProduct({ ...options, frequency })) });
  return out;
}
