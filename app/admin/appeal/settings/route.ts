// POST /admin/appeal/settings: the appeal settings form (Save draft, Preview, Publish); staff only, same-origin only.
import { getConfig } from '@/lib/config';
import { isSameOrigin } from '@/lib/admin/is-same-origin';
import { requireStaffApi } from '@/lib/auth/require-role';
import { campaignErrorCode } from '@/lib/campaigns/admin-messages';
import { submitAppealSettings } from '@/lib/campaigns/submit-appeal-settings';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';

// Sixty amount boxes and a letter: a larger body than the reader forms.
const MAX_SETTINGS_BYTES = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  if (!isSameOrigin(request)) return Response.json({ error: { field: null, message: 'Cross-site requests are refused.' } }, { status: 403 });
  const form = await readForm(request, MAX_SETTINGS_BYTES);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: '/admin/appeal' });
  const result = await submitAppealSettings({ fields: form.fields, actorEmail: auth.user.email, timeZone: getConfig().REPORT_TIMEZONE });
  if (!result.ok) {
    if (wantsJson(request)) return Response.json({ error: { field: result.field, message: result.message }, errors: result.errors }, { status: result.status });
    return new Response(null, { status: 303, headers: { location: `/admin/appeal?error=${campaignErrorCode(result.status)}` } });
  }
  if (wantsJson(request)) return Response.json({ revision: result.revision, location: result.location });
  return new Response(null, { status: 303, headers: { location: result.location } });
}
