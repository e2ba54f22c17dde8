// /articles/SLUG: the same bytes for every reader (the appeal's state is theirs, in the browser), cached and
// revalidated; a query that carries a plain form's answer is sent to ./state by the proxy.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticleBySlug } from '@/lib/articles/get-article-by-slug';
import { articleAlternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/locales';
import { ArticleView } from '@/components/article/article-view';

export const revalidate = 60;

type Props = { params: Promise<{ slug: string; locale: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug);
  return article ? { title: article.headline, description: article.standfirst, alternates: articleAlternates(article.language, article.slug) } : {};
}

export default async function ArticlePage({ params }: Props) {
  const { slug, locale } = await params;
  const article = await getArticleBySlug(slug);
  if (!article || !isLocale(locale)) notFound();
  return <ArticleView article={article} locale={locale} />;
}
