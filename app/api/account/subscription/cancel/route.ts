// POST /api/account/subscription/cancel: stop the reader's recurring support at the end of the paid period (subscription).
import { accountActionRoute } from '@/lib/account/account-action-route';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';

export const dynamic = 'force-dynamic';

export const POST = accountActionRoute((input) => setCancelAtPeriodEnd({ ...input, cancel: true }));
