// POST /api/account/subscription: change the signed-in reader's recurring amount or frequency (subscription, amount, frequency).
import { changeSubscription } from '@/lib/account/change-subscription';
import { accountActionRoute } from '@/lib/account/account-action-route';

export const dynamic = 'force-dynamic';

export const POST = accountActionRoute(changeSubscription);
