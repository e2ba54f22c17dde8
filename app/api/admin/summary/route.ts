// GET /api/admin/summary?from=YYYY-MM-DD&to=YYYY-MM-DD&currency=usd: the dashboard's figures as JSON (staff only).
import { readDashboardQuery } from '@/lib/admin/read-dashboard-query';
import { requireStaffApi } from '@/lib/auth/require-role';
import { getDashboard } from '@/lib/reports/get-dashboard';

export async function GET(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  const now = new Date();
  const query = readDashboardQuery(new URL(request.url).searchParams, now);
  if (!query.ok) return Response.json({ error: { field: query.field, message: query.message } }, { status: 400 });
  const dashboard = await getDashboard({ range: query.range, currency: query.currency, now });
  return Response.json(dashboard, { headers: { 'cache-control': 'private, no-store' } });
}
