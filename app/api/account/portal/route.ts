// POST /api/account/portal: 303 to a Stripe Billing Portal session for the reader's own customer (change the card).
import { createPortalSession } from '@/lib/account/create-portal-session';
import { accountActionRoute } from '@/lib/account/account-action-route';

export const dynamic = 'force-dynamic';

export const POST = accountActionRoute(createPortalSession);
