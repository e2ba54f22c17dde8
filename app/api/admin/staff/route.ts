// POST /api/admin/staff (email, role=staff|admin|reader): grants or removes staff access (admins only; audited).
import { z } from 'zod';
import { setUserRole } from '@/lib/admin/set-user-role';
import { addAuditEntry } from '@/lib/admin/write-audit-log';
import { fail } from '@/lib/http/failure-response';
import { routeHandler } from '@/lib/http/route-handler';

const schema = z.object({
  email: z.string({ error: 'staff_email_invalid' }).trim().toLowerCase().pipe(z.email('staff_email_invalid').max(254, 'staff_email_invalid')),
  role: z.enum(['staff', 'admin', 'reader'], { error: 'staff_role_invalid' }),
});

export const POST = routeHandler({
  access: 'admin',
  input: schema,
  backTo: '/admin/staff',
  handle: async ({ input, user, json }) => {
    if (input.email === user.email && input.role !== 'admin') return fail(400, 'staff_self_demotion', { field: 'email' });
    const result = await setUserRole(input);
    await addAuditEntry({ actorEmail: user.email, action: `staff:${result.role}`, filter: { email: result.email } });
    if (json) return Response.json(result);
    return new Response(null, { status: 303, headers: { location: `/admin/staff?saved=${encodeURIComponent(result.email)}` } });
  },
});
