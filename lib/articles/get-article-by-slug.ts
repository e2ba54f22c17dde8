import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles } from '@/db/schema';

export type Article = typeof articles.$inferSelect;

export async function getArticleBySlug(slug: string): Promise<Article | null> {
  const [article] = await db.select().from(articles).where(eq(articles.slug, slug)).limit(1);
  return article ?? null;
}
