// POST /admin/appeal/versions/restore (version, revision): publishes an old version again; staff only, audited.
import { getConfig } from '@/lib/config';
import { isSameOrigin } from '@/lib/admin/is-same-origin';
import { requireStaffApi } from '@/lib/auth/require-role';
import { campaignErrorCode } from '@/lib/campaigns/admin-messages';
import { restoreAppealVersion } from '@/lib/campaigns/publish-appeal';
import { describeConflict } from '@/lib/campaigns/submit-appeal-settings';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';

export async function POST(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  if (!isSameOrigin(request)) return Response.json({ error: { field: null, message: 'Cross-site requests are refused.' } }, { status: 403 });
  const form = await readForm(request);
  const backTo = '/admin/appeal/versions';
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo });
  const versionId = Number(form.fields.version);
  const revision = Number(form.fields.revision);
  if (!Number.isInteger(versionId) || versionId <= 0 || !Number.isInteger(revision) || revision < 0) {
    return formError(request, { field: 'version', message: 'Choose a version to restore.', backTo });
  }
  const result = await restoreAppealVersion({ versionId, expectedRevision: revision, actorEmail: auth.user.email });
  if (!result.ok) {
    const status = 'notFound' in result ? 404 : 409;
    const message = 'notFound' in result ? `There is no version ${versionId} to restore.` : describeConflict(result.conflict, getConfig().REPORT_TIMEZONE);
    if (wantsJson(request)) return Response.json({ error: { field: 'version', message } }, { status });
    return new Response(null, { status: 303, headers: { location: `${backTo}?error=${campaignErrorCode(status)}` } });
  }
  if (wantsJson(request)) return Response.json({ versionId: result.versionId, revision: result.revision });
  return new Response(null, { status: 303, headers: { location: `/admin/appeal?published=${result.versionId}` } });
}
