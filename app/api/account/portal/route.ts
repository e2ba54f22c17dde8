// POST /api/account/portal: 303 to a Stripe Billing Portal session for the reader's own customer (change the card).
import { createPortalSession } from '@/lib/account/create-portal-session';
import { handleAccountAction } from '@/lib/account/handle-account-action';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleAccountAction(request, createPortalSession);
}
