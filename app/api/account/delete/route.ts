// POST /api/account/delete: delete the reader's account (confirm=DELETE): Stripe support cancelled, personal data erased.
import { deleteAccount } from '@/lib/account/delete-account';
import { accountActionRoute } from '@/lib/account/account-action-route';

export const dynamic = 'force-dynamic';

export const POST = accountActionRoute(deleteAccount, { backTo: '/account#delete-account' });
