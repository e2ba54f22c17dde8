import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { formMessage } from '@/lib/http/form-messages';
import { getArticleBySlug } from '@/lib/articles/get-article-by-slug';
import { formatPublishedDate } from '@/lib/articles/format-published-date';
import { splitBody } from '@/lib/articles/split-body';
import { AppealGate } from '@/components/appeal/appeal-gate';
import { NewsletterSignup } from '@/components/newsletter-signup';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug);
  return article ? { title: article.headline, description: article.standfirst } : {};
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await getArticleBySlug((await params).slug);
  if (!article) notFound();
  const { REPORT_TIMEZONE } = getConfig();
  const query = await searchParams;
  return (
    <article className="max-w-2xl mx-auto">
      <header>
        <p className="text-xs font-semibold uppercase tracking-wider text-accent">{article.section}</p>
        <h1 className="font-serif text-4xl font-bold leading-tight mt-1">{article.headline}</h1>
        <p className="mt-3 text-xl text-muted">{article.standfirst}</p>
        <p className="mt-4 text-sm text-muted border-y border-gray-200 py-2">
          By <span className="font-semibold text-ink">{article.byline}</span> ·{' '}
          <time dateTime={article.publishedAt.toISOString()}>{formatPublishedDate(article.publishedAt, REPORT_TIMEZONE)}</time>
        </p>
      </header>
      <div className="mt-6 font-serif text-lg leading-relaxed space-y-5">
        {splitBody(article.body).map((block, i) =>
          block.kind === 'heading' ? (
            <h2 key={i} className="font-sans text-xl font-bold pt-2">{block.text}</h2>
          ) : (
            <p key={i}>{block.text}</p>
          ),
        )}
      </div>
      {/* The support appeal renders here, at the end of every article (or its line of thanks, for deferred readers and supporters). */}
      <AppealGate placement="article-end" articleSlug={article.slug} section={article.section} searchParams={query} />
      <NewsletterSignup source={`/articles/${article.slug}`} error={query.form === 'newsletter' ? formMessage(query.error) : null} />
    </article>
  );
}
