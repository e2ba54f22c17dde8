// POST /api/account/newsletter: the account page's newsletter switch (newsletter=on|off).
import { handleAccountAction } from '@/lib/account/handle-account-action';
import { setNewsletterSubscription } from '@/lib/account/set-newsletter-subscription';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleAccountAction(request, setNewsletterSubscription);
}
