// POST /api/account/newsletter: the account page's newsletter switch (newsletter=on|off).
import { accountActionRoute } from '@/lib/account/account-action-route';
import { setNewsletterSubscription } from '@/lib/account/set-newsletter-subscription';

export const dynamic = 'force-dynamic';

export const POST = accountActionRoute(setNewsletterSubscription);
