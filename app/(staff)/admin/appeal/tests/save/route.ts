// POST /admin/appeal/tests/save: creates or edits an A/B test of the appeal; staff only, same-origin only.
import { campaignFailure } from '@/lib/campaigns/campaign-failure';
import { loadPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { submitAppealTest } from '@/lib/campaigns/submit-appeal-test';
import { routeHandler } from '@/lib/http/route-handler';

export const POST = routeHandler({
  access: 'staff',
  maxBytes: 64 * 1024,
  backTo: (fields) => (/^\d{1,9}$/.test(fields.id ?? '') ? `/admin/appeal/tests/${fields.id}` : '/admin/appeal/tests'),
  handle: async ({ input, user, json }) => {
    const result = await submitAppealTest({ fields: input, published: (await loadPublishedAppeal()).config, actorEmail: user.email });
    if (!result.ok) return campaignFailure(result, json, 'appeal_settings_invalid');
    if (json) return Response.json({ id: result.id, location: result.location });
    return new Response(null, { status: 303, headers: { location: result.location } });
  },
});
