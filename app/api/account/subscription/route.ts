// POST /api/account/subscription: change the signed-in reader's recurring amount or frequency (subscription, amount, frequency).
import { changeSubscription } from '@/lib/account/change-subscription';
import { handleAccountAction } from '@/lib/account/handle-account-action';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleAccountAction(request, changeSubscription);
}
