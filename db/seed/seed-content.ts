// Seeds the demo articles once, each with its language; running it again changes nothing.
import { articles } from '../schema';
import type { Database } from '../client';
import { demoArticles } from './articles';

const DAY_MS = 86_400_000;

export async function seedContent(db: Database, now: Date = new Date()): Promise<void> {
  const rows = demoArticles.map(({ daysAgo, ...article }) => ({
    ...article,
    publishedAt: new Date(now.getTime() - daysAgo * DAY_MS),
  }));
  await db.insert(articles).values(rows).onConflictDoNothing({ target: articles.slug });
}
