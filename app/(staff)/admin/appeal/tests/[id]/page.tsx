// One A/B test (staff): its report per variant (with CSV), start or stop, and its settings.
import type { Metadata } from 'next';
import { parsePositiveInt4 } from '@/db/postgres-values';
import { notFound } from 'next/navigation';
import { AppealSection } from '@/components/admin/appeal-section';
import { AppealTestEditor } from '@/components/admin/appeal-test-editor';
import { TestReportTable } from '@/components/admin/test-report-table';
import { requireStaff } from '@/lib/auth/require-role';
import { formMessage } from '@/lib/http/form-messages';
import { getAppealTest } from '@/lib/campaigns/appeal-tests';
import { loadPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { getTestReport } from '@/lib/campaigns/get-test-report';
import { testToFormFields } from '@/lib/campaigns/test-form';

export const metadata: Metadata = { title: 'Appeal test', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealTestPage({ params, searchParams }: Props) {
  const id = parsePositiveInt4((await params).id);
  await requireStaff(`/admin/appeal/tests/${(await params).id}`);
  const test = id ? await getAppealTest(id) : null;
  if (!test) notFound();
  const query = await searchParams;
  const error = formMessage(query.error);
  const [report, published] = await Promise.all([getTestReport({ testId: test.id, test: test.definition }), loadPublishedAppeal()]);
  const next = test.status === 'live' ? { status: 'stopped', label: 'Stop the test' } : { status: 'live', label: test.status === 'draft' ? 'Start the test' : 'Start the test again' };
  return (
    <AppealSection title={test.definition.name} current="/admin/appeal/tests" error={error}>
      {query.saved ? <p role="status" className="rounded border border-green-700 bg-green-50 p-3">Test saved.</p> : null}
      <form method="post" action="/admin/appeal/tests/status" className="flex items-center gap-4">
        <p>{test.status === 'live' ? 'Running: readers in its traffic share see their variant.' : test.status === 'draft' ? 'Not started.' : 'Stopped: readers see the published appeal.'}</p>
        <input type="hidden" name="id" value={test.id} />
        <input type="hidden" name="status" value={next.status} />
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">{next.label}</button>
      </form>
      <TestReportTable report={report} testId={test.id} />
      <section aria-labelledby="test-settings" className="space-y-3">
        <h2 id="test-settings" className="font-serif text-2xl font-bold">Settings</h2>
        <AppealTestEditor fields={testToFormFields(test.definition, new Date())} published={published.config} testId={test.id} revision={test.revision} variantSlots={test.definition.variants.length} />
      </section>
    </AppealSection>
  );
}
