// POST /api/admin/staff (email, role=staff|admin|reader): grants or removes staff access (admins only; audited).
import { z } from 'zod';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';
import { isSameOrigin } from '@/lib/admin/is-same-origin';
import { addAuditEntry } from '@/lib/admin/write-audit-log';
import { setUserRole } from '@/lib/admin/set-user-role';
import { requireAdminApi } from '@/lib/auth/require-role';

const schema = z.object({
  email: z.email('Enter a complete email address, such as name@example.org.').max(254),
  role: z.enum(['staff', 'admin', 'reader'], { error: 'Choose staff, admin or reader.' }),
});

export async function POST(request: Request): Promise<Response> {
  const auth = await requireAdminApi(request);
  if (!auth.ok) return auth.response;
  if (!isSameOrigin(request)) return Response.json({ error: { message: 'Cross-site requests are refused.' } }, { status: 403 });
  const form = await readForm(request);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: '/admin/staff' });
  const parsed = schema.safeParse({ email: form.fields.email?.trim().toLowerCase(), role: form.fields.role });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return formError(request, { field: String(issue.path[0]), message: issue.message, backTo: '/admin/staff' });
  }
  if (parsed.data.email === auth.user.email && parsed.data.role !== 'admin') {
    return formError(request, { field: 'email', message: 'You cannot remove your own admin access; ask another admin.', backTo: '/admin/staff' });
  }
  const result = await setUserRole(parsed.data);
  await addAuditEntry({ actorEmail: auth.user.email, action: `staff:${result.role}`, filter: { email: result.email } });
  if (wantsJson(request)) return Response.json(result);
  return new Response(null, { status: 303, headers: { location: `/admin/staff?saved=${encodeURIComponent(result.email)}` } });
}
