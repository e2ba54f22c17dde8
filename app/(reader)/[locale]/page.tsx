// The front page: the latest stories in its language, the same bytes for every reader, cached and revalidated.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { ArticleTeaser } from '@/components/article-teaser';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { alternates: languageAlternates(locale, '/') } : {};
}

export default async function FrontPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = translatorFor(locale, 'front');
  const { REPORT_TIMEZONE } = getConfig();
  const [lead, ...rest] = await getLatestArticles(20, locale);
  if (!lead) return <p>{t('noStories')}</p>;
  return (
    <>
      <h1 className="sr-only">{t('title')}</h1>
      <ArticleTeaser article={lead} lead timeZone={REPORT_TIMEZONE} locale={locale} />
      <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((article) => (
          <li key={article.slug}>
            <ArticleTeaser article={article} timeZone={REPORT_TIMEZONE} locale={locale} />
          </li>
        ))}
      </ul>
    </>
  );
}
