// GET /api/admin/exports/contributions?from&to&currency&frequency&status: contributions in a range as a streamed CSV (staff only; audited).
import { contributionCsvBatches } from '@/lib/admin/contribution-csv-batches';
import { parseContributionExport } from '@/lib/admin/parse-contribution-export';
import { streamCsvExport } from '@/lib/admin/stream-csv-export';
import { checkedInput, routeHandler } from '@/lib/http/route-handler';

export const GET = routeHandler({
  access: 'staff',
  input: ({ query, now }) => checkedInput(parseContributionExport(query, now)),
  handle: async ({ input, user }) =>
    streamCsvExport({
      actorEmail: user.email,
      action: 'export:contributions',
      filter: input.described,
      filename: `contributions-${input.described.from}-to-${input.described.to}.csv`,
      batches: contributionCsvBatches(input.filter),
    }),
});
