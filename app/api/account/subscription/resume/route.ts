// POST /api/account/subscription/resume: undo a pending cancellation before the period ends (subscription).
import { accountActionRoute } from '@/lib/account/account-action-route';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';

export const dynamic = 'force-dynamic';

export const POST = accountActionRoute((input) => setCancelAtPeriodEnd({ ...input, cancel: false }));
