// POST /admin/appeal/tests/status (id, status=live|stopped): starts or stops a test; staff only, audited.
import { isSameOrigin } from '@/lib/admin/is-same-origin';
import { requireStaffApi } from '@/lib/auth/require-role';
import { setAppealTestStatus } from '@/lib/campaigns/appeal-tests';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';

export async function POST(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  if (!isSameOrigin(request)) return Response.json({ error: { field: null, message: 'Cross-site requests are refused.' } }, { status: 403 });
  const form = await readForm(request);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: '/admin/appeal/tests' });
  const id = Number(form.fields.id);
  const status = form.fields.status;
  if (!Number.isInteger(id) || id <= 0 || (status !== 'live' && status !== 'stopped')) {
    return formError(request, { field: 'status', message: 'Choose a test and whether to start or stop it.', backTo: '/admin/appeal/tests' });
  }
  if (!(await setAppealTestStatus({ id, status, actorEmail: auth.user.email }))) {
    return formError(request, { status: 404, field: 'id', message: 'That test no longer exists.', backTo: '/admin/appeal/tests' });
  }
  if (wantsJson(request)) return Response.json({ id, status });
  return new Response(null, { status: 303, headers: { location: `/admin/appeal/tests/${id}` } });
}
