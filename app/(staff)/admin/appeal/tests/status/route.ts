// POST /admin/appeal/tests/status (id, status=live|stopped): starts or stops a test; staff only, audited.
import { z } from 'zod';
import { INT4_MAX } from '@/db/postgres-values';
import { setAppealTestStatus } from '@/lib/campaigns/appeal-tests';
import { fail } from '@/lib/http/failure-response';
import { routeHandler } from '@/lib/http/route-handler';

const schema = z.object({
  id: z.coerce.number({ error: 'appeal_choice_invalid' }).int('appeal_choice_invalid').positive('appeal_choice_invalid').max(INT4_MAX, 'appeal_choice_invalid'),
  status: z.enum(['live', 'stopped'], { error: 'appeal_choice_invalid' }),
});

export const POST = routeHandler({
  access: 'staff',
  input: schema,
  backTo: '/admin/appeal/tests',
  handle: async ({ input, user, json, now }) => {
    if (!(await setAppealTestStatus({ id: input.id, status: input.status, actorEmail: user.email, now }))) return fail(404, 'appeal_missing', { field: 'id' });
    if (json) return Response.json(input);
    return new Response(null, { status: 303, headers: { location: `/admin/appeal/tests/${input.id}` } });
  },
});
