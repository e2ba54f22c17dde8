// GET /api/admin/appeal/preview?version=draft|12: the config a staff preview shows, for the page's script; never cached.
import { z } from 'zod';
import { loadPreviewConfig, parsePreviewRequest } from '@/lib/campaigns/preview-appeal';
import { fail } from '@/lib/http/failure-response';
import { routeHandler } from '@/lib/http/route-handler';

const noStore = { 'cache-control': 'private, no-store' };
const schema = z.object({ version: z.string().transform((v, context) => parsePreviewRequest(v) ?? (context.addIssue({ code: 'custom', message: 'appeal_choice_invalid' }), z.NEVER)) });

export const GET = routeHandler({
  access: 'staff',
  input: schema,
  handle: async ({ input }) => {
    const config = await loadPreviewConfig(input.version);
    if (!config) return fail(404, 'appeal_missing', { field: 'version' });
    return Response.json({ preview: input.version, config }, { headers: noStore });
  },
});
