// GET /api/admin/exports/newsletter: confirmed newsletter subscribers as a streamed CSV (staff only; audited).
import { newsletterCsvBatches } from '@/lib/admin/newsletter-csv-batches';
import { streamCsvExport } from '@/lib/admin/stream-csv-export';
import { routeHandler } from '@/lib/http/route-handler';

export const GET = routeHandler({
  access: 'staff',
  handle: async ({ user, now }) =>
    streamCsvExport({
      actorEmail: user.email,
      action: 'export:newsletter',
      filter: { status: 'confirmed' },
      filename: `newsletter-subscribers-${now.toISOString().slice(0, 10)}.csv`,
      batches: newsletterCsvBatches(),
    }),
});
