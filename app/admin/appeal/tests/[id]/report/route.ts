// GET /admin/appeal/tests/ID/report: the test's report per variant and currency as CSV (staff only).
import { requireStaffApi } from '@/lib/auth/require-role';
import { getAppealTest } from '@/lib/campaigns/appeal-tests';
import { getTestReport } from '@/lib/campaigns/get-test-report';
import { testReportCsv } from '@/lib/campaigns/test-report-csv';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  const id = Number((await params).id);
  const test = Number.isInteger(id) && id > 0 ? await getAppealTest(id) : null;
  if (!test) return Response.json({ error: { field: 'id', message: 'There is no such test.' } }, { status: 404 });
  const csv = testReportCsv(await getTestReport({ testId: id, test: test.definition }));
  return new Response(`\uFEFF${csv}`, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="appeal-test-${id}.csv"`, 'cache-control': 'private, no-store' },
  });
}
