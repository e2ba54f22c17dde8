// Whether a slug names a published article: checkout metadata only ever attributes support to real stories.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles } from '@/db/schema';

export async function articleExists(slug: string): Promise<boolean> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).limit(1);
  return Boolean(row);
}
