import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

export type ArticleSummary = Pick<typeof articles.$inferSelect, 'slug' | 'headline' | 'standfirst' | 'byline' | 'section' | 'publishedAt' | 'language'>;

/** The newest articles: in one language (a front page lists its own), or in every language (the staff's lists). */
export async function getLatestArticles(limit = 20, language?: Locale): Promise<ArticleSummary[]> {
  return db
    .select({
      slug: articles.slug,
      headline: articles.headline,
      standfirst: articles.standfirst,
      byline: articles.byline,
      section: articles.section,
      publishedAt: articles.publishedAt,
      language: articles.language,
    })
    .from(articles)
    .where(language ? eq(articles.language, language) : undefined)
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}
