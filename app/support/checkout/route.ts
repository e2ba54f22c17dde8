// POST /support/checkout: the appeal's form; 303 to Stripe Checkout, or back to the appeal with a message.
import { db } from '@/db/client';
import { getConfig } from '@/lib/config';
import { getStripe } from '@/lib/stripe/get-stripe';
import { startCheckout } from '@/lib/support/start-checkout';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const { APP_URL, PUBLICATION_NAME } = getConfig();
  return startCheckout(request, { stripe: getStripe, database: db, appUrl: APP_URL, publicationName: PUBLICATION_NAME });
}
