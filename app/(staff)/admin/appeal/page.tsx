// The appeal's settings (staff): edit the draft, preview it on a real article, publish it; what is live and what differs.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AppealSettingsEditor } from '@/components/admin/appeal-settings-editor';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { requireStaff } from '@/lib/auth/require-role';
import { configToFormFields } from '@/lib/campaigns/appeal-form';
import { getAppealDraft } from '@/lib/campaigns/appeal-draft';
import { compareAppealConfigs } from '@/lib/campaigns/compare-appeal-configs';
import { loadPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { getAppealVersion } from '@/lib/campaigns/publish-appeal';
import { getConfig } from '@/lib/config';
import { AppealNav } from '@/components/admin/appeal-nav';
import { formMessage } from '@/lib/http/form-messages';

export const metadata: Metadata = { title: 'Appeal', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

export default async function AppealSettingsPage({ searchParams }: Props) {
  await requireStaff('/admin/appeal');
  const params = await searchParams;
  const { PUBLICATION_NAME, REPORT_TIMEZONE } = getConfig();
  // Staff read the database itself, not the readers' cached copy, so what they see is what they just did.
  const published = await loadPublishedAppeal();
  const [draft, articles, version] = await Promise.all([
    getAppealDraft(published.config),
    getLatestArticles(20),
    published.versionId ? getAppealVersion(published.versionId) : null,
  ]);
  const changes = compareAppealConfigs(published.config, draft.config);
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: REPORT_TIMEZONE });
  const error = formMessage(params.error);
  const justPublished = one(params.published);
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="font-serif text-4xl font-bold">Appeal</h1>
      <AppealNav current="/admin/appeal" />
      {justPublished ? <p role="status" className="rounded border border-green-700 bg-green-50 p-3">Published version {justPublished}. New readers see it on every article from now on.</p> : null}
      {one(params.saved) ? <p role="status" className="rounded border border-green-700 bg-green-50 p-3">Draft saved. Readers still see the published appeal.</p> : null}
      <p>
        {version
          ? <>Readers see version {version.id}, published by {version.publishedBy} on {when.format(version.publishedAt)}.</>
          : <>Readers see the built-in appeal; nothing has been published yet.</>}{' '}
        {changes.length ? `The draft below differs from it in ${changes.length} place${changes.length === 1 ? '' : 's'}.` : 'The draft below is the same.'}
        {draft.updatedBy ? ` Last saved by ${draft.updatedBy}${draft.updatedAt ? ` on ${when.format(draft.updatedAt)}` : ''}.` : ''}
      </p>
      <AppealSettingsEditor
        fields={configToFormFields(draft.config)}
        revision={draft.revision}
        publicationName={PUBLICATION_NAME}
        articles={articles.map((a) => ({ slug: a.slug, headline: a.headline }))}
        serverError={error ? { field: 'form', message: error } : null}
      />
      <p className="text-sm text-muted"><Link href="/admin/appeal/versions" className="underline">Every published version</Link> can be compared and restored.</p>
    </div>
  );
}
