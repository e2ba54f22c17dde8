// POST /api/account/delete: delete the reader's account (confirm=DELETE): Stripe support cancelled, personal data erased.
import { deleteAccount } from '@/lib/account/delete-account';
import { handleAccountAction } from '@/lib/account/handle-account-action';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleAccountAction(request, deleteAccount);
}
