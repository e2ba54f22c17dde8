// GET /api/admin/exports/newsletter: confirmed newsletter subscribers as a streamed CSV (staff only; audited).
import { newsletterCsvBatches } from '@/lib/admin/newsletter-csv-batches';
import { streamCsvExport } from '@/lib/admin/stream-csv-export';
import { requireStaffApi } from '@/lib/auth/require-role';

export async function GET(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  return streamCsvExport({
    actorEmail: auth.user.email,
    action: 'export:newsletter',
    filter: { status: 'confirmed' },
    filename: `newsletter-subscribers-${new Date().toISOString().slice(0, 10)}.csv`,
    batches: newsletterCsvBatches(),
  });
}
