// POST /admin/appeal/settings: the appeal settings form (Save draft, Preview, Publish); staff only, same-origin only.
import { getConfig } from '@/lib/config';
import { submitAppealSettings } from '@/lib/campaigns/submit-appeal-settings';
import { campaignFailure } from '@/lib/campaigns/campaign-failure';
import { routeHandler } from '@/lib/http/route-handler';

export const POST = routeHandler({
  access: 'staff',
  // Sixty amount boxes and a letter: a larger body than the reader forms.
  maxBytes: 64 * 1024,
  backTo: '/admin/appeal',
  handle: async ({ input, user, json, now }) => {
    const result = await submitAppealSettings({ fields: input, actorEmail: user.email, timeZone: getConfig().REPORT_TIMEZONE, now });
    if (!result.ok) return campaignFailure(result, json, 'appeal_settings_invalid');
    if (json) return Response.json({ revision: result.revision, location: result.location });
    return new Response(null, { status: 303, headers: { location: result.location } });
  },
});
