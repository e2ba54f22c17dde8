// GET /api/admin/exports/supporters?q&frequency&status&currency&sort: the filtered supporters as a streamed CSV (staff only; audited).
import { parseSupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { streamCsvExport } from '@/lib/admin/stream-csv-export';
import { supporterCsvBatches } from '@/lib/admin/supporter-csv-batches';
import { checkedInput, routeHandler } from '@/lib/http/route-handler';

export const GET = routeHandler({
  access: 'staff',
  input: ({ query }) => {
    // The whole list: a page's cursor and size do not apply.
    const params = new URLSearchParams(query);
    params.delete('cursor');
    params.delete('limit');
    return checkedInput(parseSupporterFilters(params));
  },
  handle: async ({ input, user, now }) => {
    const { q, frequency, status, currency, sort } = input.filters;
    return streamCsvExport({
      actorEmail: user.email,
      action: 'export:supporters',
      filter: { q, frequency, status, currency, sort },
      filename: `supporters-${now.toISOString().slice(0, 10)}.csv`,
      batches: supporterCsvBatches(input.filters),
    });
  },
});
