// A/B tests of the appeal (staff): every test with its state, and a form for a new one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AppealSection, CELL as cell, HEAD as head } from '@/components/admin/appeal-section';
import { AppealTestEditor } from '@/components/admin/appeal-test-editor';
import { requireStaff } from '@/lib/auth/require-role';
import { formMessage } from '@/lib/http/form-messages';
import { listAppealTests } from '@/lib/campaigns/appeal-tests';
import { loadPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { testToFormFields } from '@/lib/campaigns/test-form';
import { ScrollRegion } from '@/components/admin/scroll-region';

export const metadata: Metadata = { title: 'Appeal tests', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const STATUS_WORDS = { draft: 'Not started', live: 'Running', stopped: 'Stopped' } as const;

export default async function AppealTestsPage({ searchParams }: Props) {
  await requireStaff('/admin/appeal/tests');
  const error = formMessage((await searchParams).error);
  const [tests, published] = await Promise.all([listAppealTests(), loadPublishedAppeal()]);
  return (
    <AppealSection title={'Appeal tests'} current="/admin/appeal/tests" error={error}>
      {tests.length === 0 ? <p>No tests yet.</p> : (
        <ScrollRegion label="Tests"><table className="w-full border-collapse bg-white text-sm">
          <caption className="py-2 text-left font-semibold">Tests, newest first</caption>
          <thead><tr><th scope="col" className={head}>Test</th><th scope="col" className={head}>State</th><th scope="col" className={head}>Traffic</th><th scope="col" className={head}>Variants</th><th scope="col" className={head}>Runs</th></tr></thead>
          <tbody>
            {tests.map((t) => (
              <tr key={t.id}>
                <th scope="row" className={`${cell} text-left`}><Link href={`/admin/appeal/tests/${t.id}`} className="underline">{t.definition.name}</Link></th>
                <td className={cell}>{STATUS_WORDS[t.status]}</td>
                <td className={cell}>{t.definition.trafficPercent}%{t.definition.holdbackPercent ? `, ${t.definition.holdbackPercent}% held back` : ''}</td>
                <td className={cell}>{t.definition.variants.map((v) => v.name).join(', ')}</td>
                <td className={cell}>{t.definition.startsAt.slice(0, 16).replace('T', ' ')} UTC{t.definition.endsAt ? ` to ${t.definition.endsAt.slice(0, 16).replace('T', ' ')}` : ', no end'}</td>
              </tr>
            ))}
          </tbody>
        </table></ScrollRegion>
      )}
      <section aria-labelledby="new-test" className="space-y-3">
        <h2 id="new-test" className="font-serif text-2xl font-bold">New test</h2>
        <AppealTestEditor fields={testToFormFields(null, new Date())} published={published.config} testId={null} revision={0} variantSlots={2} />
      </section>
    </AppealSection>
  );
}
