// POST /admin/appeal/versions/restore (version, revision): publishes an old version again; staff only, audited.
import { z } from 'zod';
import { INT4_MAX } from '@/db/postgres-values';
import { getConfig } from '@/lib/config';
import { campaignFailure } from '@/lib/campaigns/campaign-failure';
import { restoreAppealVersion } from '@/lib/campaigns/publish-appeal';
import { describeConflict } from '@/lib/campaigns/submit-appeal-settings';
import { routeHandler } from '@/lib/http/route-handler';

const schema = z.object({
  version: z.coerce.number({ error: 'appeal_choice_invalid' }).int('appeal_choice_invalid').positive('appeal_choice_invalid').max(INT4_MAX, 'appeal_choice_invalid'),
  revision: z.coerce.number({ error: 'appeal_choice_invalid' }).int('appeal_choice_invalid').min(0, 'appeal_choice_invalid').max(INT4_MAX, 'appeal_choice_invalid'),
});

export const POST = routeHandler({
  access: 'staff',
  input: schema,
  backTo: '/admin/appeal/versions',
  handle: async ({ input, user, json, now }) => {
    const result = await restoreAppealVersion({ versionId: input.version, expectedRevision: input.revision, actorEmail: user.email, now });
    if (!result.ok) {
      const missing = 'notFound' in result;
      const message = missing ? `There is no version ${input.version} to restore.` : describeConflict(result.conflict, getConfig().REPORT_TIMEZONE);
      return campaignFailure({ status: missing ? 404 : 409, field: 'version', message }, json, 'appeal_choice_invalid');
    }
    if (json) return Response.json({ versionId: result.versionId, revision: result.revision });
    return new Response(null, { status: 303, headers: { location: `/admin/appeal?published=${result.versionId}` } });
  },
});
