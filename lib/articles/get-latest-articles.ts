import { desc } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles } from '@/db/schema';

export type ArticleSummary = Pick<typeof articles.$inferSelect, 'slug' | 'headline' | 'standfirst' | 'byline' | 'section' | 'publishedAt'>;

export async function getLatestArticles(limit = 20): Promise<ArticleSummary[]> {
  return db
    .select({
      slug: articles.slug,
      headline: articles.headline,
      standfirst: articles.standfirst,
      byline: articles.byline,
      section: articles.section,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}
