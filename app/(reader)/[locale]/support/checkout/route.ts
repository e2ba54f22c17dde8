// POST /support/checkout: the appeal's form; 303 to Stripe Checkout, or back to the appeal with a message. The amount
// is checked against the published appeal (or the variant of the test the form names), as the browser showed it.
import { db } from '@/db/client';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { offerOf, variantConfig } from '@/lib/campaigns/variant-config';
import { getConfig } from '@/lib/config';
import { findReaderCustomer } from '@/lib/memberships/find-reader-customer';
import { findRunningSupport } from '@/lib/memberships/find-running-support';
import { getStripe } from '@/lib/stripe/get-stripe';
import { routeLocale, type RouteParams } from '@/lib/http/route-handler';
import { startCheckout } from '@/lib/support/start-checkout';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context?: RouteParams): Promise<Response> {
  const { APP_URL, PUBLICATION_NAME, EMBED_ORIGINS } = getConfig();
  return startCheckout(request, {
    stripe: getStripe,
    database: db,
    appUrl: APP_URL,
    publicationName: PUBLICATION_NAME,
    offerFor: async (posted) => offerOf(variantConfig(await getPublishedAppeal(), posted)),
    customerFor: findReaderCustomer,
    embedOrigins: EMBED_ORIGINS,
    runningSupportFor: findRunningSupport,
    locale: await routeLocale(request, context),
  });
}
