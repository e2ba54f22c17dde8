// GET /api/admin/exports/contributions?from&to&currency&frequency&status: contributions in a range as a streamed CSV (staff only; audited).
import { contributionCsvBatches } from '@/lib/admin/contribution-csv-batches';
import { parseContributionExport } from '@/lib/admin/parse-contribution-export';
import { streamCsvExport } from '@/lib/admin/stream-csv-export';
import { requireStaffApi } from '@/lib/auth/require-role';

export async function GET(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  const parsed = parseContributionExport(new URL(request.url).searchParams, new Date());
  if (!parsed.ok) return Response.json({ error: { field: parsed.field, message: parsed.message } }, { status: 400 });
  return streamCsvExport({
    actorEmail: auth.user.email,
    action: 'export:contributions',
    filter: parsed.described,
    filename: `contributions-${parsed.described.from}-to-${parsed.described.to}.csv`,
    batches: contributionCsvBatches(parsed.filter),
  });
}
