// GET /api/admin/supporters?q&frequency&status&currency&sort&cursor&limit: one page of the supporters list as JSON (staff only).
import { listSupporters } from '@/lib/admin/list-supporters';
import { parseSupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { checkedInput, routeHandler } from '@/lib/http/route-handler';

export const GET = routeHandler({
  access: 'staff',
  input: ({ query }) => checkedInput(parseSupporterFilters(query)),
  handle: async ({ input }) => Response.json(await listSupporters(input.filters), { headers: { 'cache-control': 'private, no-store' } }),
});
