// POST /api/account/subscription/cancel: stop the reader's recurring support at the end of the paid period (subscription).
import { handleAccountAction } from '@/lib/account/handle-account-action';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleAccountAction(request, (input) => setCancelAtPeriodEnd({ ...input, cancel: true }));
}
