// GET /api/admin/summary?from=YYYY-MM-DD&to=YYYY-MM-DD&currency=usd: the dashboard's figures as JSON (staff only).
import { readDashboardQuery } from '@/lib/admin/read-dashboard-query';
import { checkedInput, routeHandler } from '@/lib/http/route-handler';
import { getDashboard } from '@/lib/reports/get-dashboard';

export const GET = routeHandler({
  access: 'staff',
  input: ({ query, now }) => checkedInput(readDashboardQuery(query, now)),
  handle: async ({ input, now }) => {
    const dashboard = await getDashboard({ range: input.range, currency: input.currency, now });
    return Response.json(dashboard, { headers: { 'cache-control': 'private, no-store' } });
  },
});
