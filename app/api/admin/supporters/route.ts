// GET /api/admin/supporters?q&frequency&status&currency&sort&cursor&limit: one page of the supporters list as JSON (staff only).
import { listSupporters } from '@/lib/admin/list-supporters';
import { parseSupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { requireStaffApi } from '@/lib/auth/require-role';

export async function GET(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  const parsed = parseSupporterFilters(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: { field: parsed.field, message: parsed.message } }, { status: 400 });
  return Response.json(await listSupporters(parsed.filters), { headers: { 'cache-control': 'private, no-store' } });
}
