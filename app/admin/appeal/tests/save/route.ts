// POST /admin/appeal/tests/save: creates or edits an A/B test of the appeal; staff only, same-origin only.
import { isSameOrigin } from '@/lib/admin/is-same-origin';
import { requireStaffApi } from '@/lib/auth/require-role';
import { loadPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { campaignErrorCode } from '@/lib/campaigns/admin-messages';
import { submitAppealTest } from '@/lib/campaigns/submit-appeal-test';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';

const MAX_TEST_BYTES = 64 * 1024;

export async function POST(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  if (!isSameOrigin(request)) return Response.json({ error: { field: null, message: 'Cross-site requests are refused.' } }, { status: 403 });
  const form = await readForm(request, MAX_TEST_BYTES);
  const backTo = form.ok && /^\d+$/.test(form.fields.id ?? '') ? `/admin/appeal/tests/${form.fields.id}` : '/admin/appeal/tests';
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo });
  const result = await submitAppealTest({ fields: form.fields, published: (await loadPublishedAppeal()).config, actorEmail: auth.user.email });
  if (!result.ok) {
    if (wantsJson(request)) return Response.json({ error: { field: result.field, message: result.message }, errors: result.errors }, { status: result.status });
    // The page shows its own words for the code; the message could echo what was typed.
    return new Response(null, { status: 303, headers: { location: `${backTo}?error=${campaignErrorCode(result.status)}` } });
  }
  if (wantsJson(request)) return Response.json({ id: result.id, location: result.location });
  return new Response(null, { status: 303, headers: { location: result.location } });
}
