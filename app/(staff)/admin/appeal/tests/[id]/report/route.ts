// GET /admin/appeal/tests/ID/report: the test's report per variant and currency as CSV (staff only).
import { parsePositiveInt4 } from '@/db/postgres-values';
import { getAppealTest } from '@/lib/campaigns/appeal-tests';
import { getTestReport } from '@/lib/campaigns/get-test-report';
import { testReportCsv } from '@/lib/campaigns/test-report-csv';
import { fail } from '@/lib/http/failure-response';
import { routeHandler } from '@/lib/http/route-handler';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = parsePositiveInt4((await params).id);
  return routeHandler({
    access: 'staff',
    handle: async () => {
      const test = id ? await getAppealTest(id) : null;
      if (!id || !test) return fail(404, 'appeal_missing', { field: 'id' });
      const csv = testReportCsv(await getTestReport({ testId: id, test: test.definition }));
      return new Response(`\uFEFF${csv}`, {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="appeal-test-${id}.csv"`, 'cache-control': 'private, no-store' },
      });
    },
  })(request);
}
