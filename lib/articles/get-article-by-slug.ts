import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles } from '@/db/schema';

export type Article = typeof articles.$inferSelect;

// cache(): the page and its metadata ask for the same article in one request; query once.
export const getArticleBySlug = cache(async (slug: string): Promise<Article | null> => {
  // Slugs are lower-case words and dashes: anything else (a NUL from the URL) is no article, and never reaches SQL.
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const [article] = await db.select().from(articles).where(eq(articles.slug, slug)).limit(1);
  return article ?? null;
});
