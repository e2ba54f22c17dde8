// GET /api/admin/exports/supporters?q&frequency&status&currency&sort: the filtered supporters as a streamed CSV (staff only; audited).
import { parseSupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { streamCsvExport } from '@/lib/admin/stream-csv-export';
import { supporterCsvBatches } from '@/lib/admin/supporter-csv-batches';
import { requireStaffApi } from '@/lib/auth/require-role';

export async function GET(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  const params = new URL(request.url).searchParams;
  params.delete('cursor');
  params.delete('limit');
  const parsed = parseSupporterFilters(params);
  if (!parsed.ok) return Response.json({ error: { field: parsed.field, message: parsed.message } }, { status: 400 });
  const { q, frequency, status, currency, sort } = parsed.filters;
  return streamCsvExport({
    actorEmail: auth.user.email,
    action: 'export:supporters',
    filter: { q, frequency, status, currency, sort },
    filename: `supporters-${new Date().toISOString().slice(0, 10)}.csv`,
    batches: supporterCsvBatches(parsed.filters),
  });
}
