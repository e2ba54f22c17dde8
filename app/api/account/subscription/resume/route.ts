// POST /api/account/subscription/resume: undo a pending cancellation before the period ends (subscription).
import { handleAccountAction } from '@/lib/account/handle-account-action';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleAccountAction(request, (input) => setCancelAtPeriodEnd({ ...input, cancel: false }));
}
