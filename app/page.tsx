import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { formatPublishedDate } from '@/lib/articles/format-published-date';

export const dynamic = 'force-dynamic';

export default async function FrontPage() {
  const { REPORT_TIMEZONE } = getConfig();
  const [lead, ...rest] = await getLatestArticles();
  if (!lead) return <p>No stories yet.</p>;
  return (
    <>
      <h1 className="sr-only">Latest stories</h1>
      <article className="border-b border-gray-300 pb-8 mb-8">
        <p className="text-xs font-semibold uppercase tracking-wider text-accent">{lead.section}</p>
        <h2 className="font-serif text-4xl font-bold leading-tight mt-1">
          <Link href={`/articles/${lead.slug}`} className="hover:underline">{lead.headline}</Link>
        </h2>
        <p className="mt-3 text-lg text-muted max-w-3xl">{lead.standfirst}</p>
        <p className="mt-2 text-sm text-muted">
          By {lead.byline} · <time dateTime={lead.publishedAt.toISOString()}>{formatPublishedDate(lead.publishedAt, REPORT_TIMEZONE)}</time>
        </p>
      </article>
      <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((article) => (
          <li key={article.slug}>
            <article>
              <p className="text-xs font-semibold uppercase tracking-wider text-accent">{article.section}</p>
              <h2 className="font-serif text-xl font-bold leading-snug mt-1">
                <Link href={`/articles/${article.slug}`} className="hover:underline">{article.headline}</Link>
              </h2>
              <p className="mt-2 text-muted">{article.standfirst}</p>
              <p className="mt-2 text-sm text-muted">
                <time dateTime={article.publishedAt.toISOString()}>{formatPublishedDate(article.publishedAt, REPORT_TIMEZONE)}</time>
              </p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
