// The front page: the latest stories, the same bytes for every reader, cached and revalidated.
import { getConfig } from '@/lib/config';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { ArticleTeaser } from '@/components/article-teaser';

export const revalidate = 60;

export default async function FrontPage() {
  const { REPORT_TIMEZONE } = getConfig();
  const [lead, ...rest] = await getLatestArticles();
  if (!lead) return <p>No stories yet.</p>;
  return (
    <>
      <h1 className="sr-only">Latest stories</h1>
      <ArticleTeaser article={lead} lead timeZone={REPORT_TIMEZONE} />
      <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((article) => (
          <li key={article.slug}>
            <ArticleTeaser article={article} timeZone={REPORT_TIMEZONE} />
          </li>
        ))}
      </ul>
    </>
  );
}
