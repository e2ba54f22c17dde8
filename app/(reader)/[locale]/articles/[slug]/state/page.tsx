// The article as it answers a plain form post without JavaScript (?appeal=…, ?form=newsletter&error=…) or a staff
// preview (?preview=draft): rendered per request, never cached. The proxy sends such queries here.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticleBySlug } from '@/lib/articles/get-article-by-slug';
import { readAppealFormState } from '@/lib/appeal/read-appeal-form-state';
import { getStaffPreview } from '@/lib/campaigns/get-staff-preview';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { formMessage } from '@/lib/http/form-messages';
import { isLocale } from '@/lib/i18n/locales';
import { ArticleView } from '@/components/article/article-view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug);
  return article ? { title: article.headline, robots: { index: false } } : {};
}

export default async function ArticleStatePage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  const article = await getArticleBySlug(slug);
  if (!article || !isLocale(locale)) notFound();
  const query = await searchParams;
  const preview = await getStaffPreview(query);
  const formState = readAppealFormState(query, preview?.config ?? (await getPublishedAppeal()).config, locale);
  const newsletterError = firstParam(query.form) === 'newsletter' ? formMessage(firstParam(query.error), {}, locale) : null;
  return <ArticleView article={article} locale={locale} formState={formState} newsletterError={newsletterError} preview={preview} />;
}
