// Every published version of the appeal: who published it and when, what differs from the live one, and restore.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AppealSection, CELL as cell, HEAD as head } from '@/components/admin/appeal-section';
import { formMessage } from '@/lib/http/form-messages';
import { requireStaff } from '@/lib/auth/require-role';
import { checkAppealConfig } from '@/lib/campaigns/appeal-config';
import { getAppealDraft } from '@/lib/campaigns/appeal-draft';
import { compareAppealConfigs } from '@/lib/campaigns/compare-appeal-configs';
import { loadPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { listAppealVersions } from '@/lib/campaigns/publish-appeal';
import { getConfig } from '@/lib/config';
import { ScrollRegion } from '@/components/admin/scroll-region';

export const metadata: Metadata = { title: 'Appeal versions', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealVersionsPage({ searchParams }: Props) {
  await requireStaff('/admin/appeal/versions');
  const params = await searchParams;
  const published = await loadPublishedAppeal();
  const [versions, draft] = await Promise.all([listAppealVersions({ limit: 100 }), getAppealDraft(published.config)]);
  const compareId = Number(params.compare);
  const compared = versions.find((v) => v.id === compareId);
  const comparedConfig = compared ? checkAppealConfig(compared.config) : null;
  const changes = comparedConfig?.ok ? compareAppealConfigs(published.config, comparedConfig.config) : null;
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: getConfig().REPORT_TIMEZONE });
  const error = formMessage(params.error);
  return (
    <AppealSection title={'Appeal versions'} current="/admin/appeal/versions" error={error}>
      {changes && compared ? (
        <section aria-labelledby="compare-heading" className="space-y-2">
          <h2 id="compare-heading" className="font-serif text-2xl font-bold">Version {compared.id} against the live version {published.versionId}</h2>
          {changes.length === 0 ? <p>They are the same.</p> : (
            <ScrollRegion label="Differences, field by field"><table className="w-full border-collapse bg-white text-sm">
              <caption className="sr-only">Differences, field by field</caption>
              <thead><tr><th scope="col" className={head}>Field</th><th scope="col" className={head}>Live</th><th scope="col" className={head}>Version {compared.id}</th></tr></thead>
              <tbody>{changes.map((c) => <tr key={c.field}><th scope="row" className={`${cell} text-left font-semibold`}>{c.label}</th><td className={`${cell} whitespace-pre-wrap`}>{c.before}</td><td className={`${cell} whitespace-pre-wrap`}>{c.after}</td></tr>)}</tbody>
            </table></ScrollRegion>
          )}
        </section>
      ) : null}
      {versions.length === 0 ? <p>Nothing has been published yet: readers see the built-in appeal.</p> : (
        <ScrollRegion label="Published versions"><table className="w-full border-collapse bg-white text-sm">
          <caption className="py-2 text-left font-semibold">Published versions, newest first</caption>
          <thead><tr><th scope="col" className={head}>Version</th><th scope="col" className={head}>Published</th><th scope="col" className={head}>By</th><th scope="col" className={head}>Heading</th><th scope="col" className={head}><span className="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <th scope="row" className={`${cell} text-left`}>{v.id}{v.id === published.versionId ? ' (live)' : ''}{v.restoredFromId ? `, restores ${v.restoredFromId}` : ''}</th>
                <td className={cell}>{when.format(v.publishedAt)}</td>
                <td className={cell}>{v.publishedBy}</td>
                <td className={cell}>{String(v.config.heading ?? '')}</td>
                <td className={cell}>
                  {v.id === published.versionId ? null : (
                    <div className="flex flex-wrap items-center gap-3">
                      <Link href={`/admin/appeal/versions?compare=${v.id}`} className="underline">Compare version {v.id}</Link>
                      <Link href={`/admin/appeal/preview?version=${v.id}`} className="underline">Preview version {v.id}</Link>
                      <form method="post" action="/admin/appeal/versions/restore">
                        <input type="hidden" name="version" value={v.id} />
                        <input type="hidden" name="revision" value={draft.revision} />
                        <button type="submit" className="rounded border border-ink px-3 py-1 font-semibold">Restore version {v.id}</button>
                      </form>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table></ScrollRegion>
      )}
    </AppealSection>
  );
}
