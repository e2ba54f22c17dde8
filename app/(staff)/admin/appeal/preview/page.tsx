// Preview (staff): the draft or an old version on a real article, side by side at desktop and phone widths.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AppealNav } from '@/components/admin/appeal-nav';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { requireStaff } from '@/lib/auth/require-role';
import { parsePreviewRequest } from '@/lib/campaigns/preview-appeal';

export const metadata: Metadata = { title: 'Appeal preview', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealPreviewPage({ searchParams }: Props) {
  await requireStaff('/admin/appeal/preview');
  const params = await searchParams;
  const preview = parsePreviewRequest(typeof params.version === 'string' ? params.version : 'draft') ?? 'draft';
  const articles = await getLatestArticles(20);
  const wanted = typeof params.article === 'string' ? params.article : '';
  const article = articles.find((a) => a.slug === wanted) ?? articles[0];
  if (!article) return <p>There is no article to preview the appeal on yet.</p>;
  const src = `/articles/${article.slug}?preview=${preview}#support`;
  const what = preview === 'draft' ? 'the draft' : `version ${preview.slice(1)}`;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-4xl font-bold">Preview of {what}</h1>
      <AppealNav current="/admin/appeal/preview" />
      <p>
        On “{article.headline}”. Only signed-in staff see this; readers still see the published appeal.{' '}
        <Link href={src} className="underline">Open the preview on its own</Link> · <Link href="/admin/appeal" className="underline">Back to the settings</Link>
      </p>
      <div className="flex flex-wrap items-start gap-6">
        <figure>
          <figcaption className="text-sm font-semibold">Desktop (1024 pixels)</figcaption>
          <iframe title={`Desktop preview of ${what}`} src={src} width={1024} height={900} className="mt-1 max-w-full border border-gray-400 bg-white" />
        </figure>
        <figure>
          <figcaption className="text-sm font-semibold">Phone (375 pixels)</figcaption>
          <iframe title={`Phone preview of ${what}`} src={src} width={375} height={740} className="mt-1 border border-gray-400 bg-white" />
        </figure>
      </div>
    </div>
  );
}
