import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles } from '@/db/schema';

/** Headlines by slug for the given slugs; a slug with no article (deleted since) is left out. */
export async function getArticleHeadlines(slugs: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(slugs.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ slug: articles.slug, headline: articles.headline }).from(articles).where(inArray(articles.slug, unique));
  return new Map(rows.map((row) => [row.slug, row.headline]));
}
