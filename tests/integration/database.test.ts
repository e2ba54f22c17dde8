// The same migrations and queries on embedded PGlite and, with DATABASE_URL, on PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import { articles } from '@/db/schema';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { getArticleBySlug } from '@/lib/articles/get-article-by-slug';
import { demoArticles } from '@/db/seed/articles';
import { seedContent } from '@/db/seed/seed-content';
import { useTestDatabase } from '../helpers/test-database';

describe('database', () => {
  const database = useTestDatabase();

  it('migrates, seeds the demo articles once, and serves them newest first', async () => {
    const { db } = database();
    await seedContent(db);
    await seedContent(db);
    const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(articles);
    expect(count).toBe(demoArticles.length);
    const latest = await getLatestArticles();
    expect(latest.map((a) => a.slug)).toEqual([...demoArticles].sort((a, b) => a.daysAgo - b.daysAgo).map((a) => a.slug));
    // Each language's front page lists its own articles, newest first.
    for (const language of ['en', 'ru'] as const) {
      const own = [...demoArticles].filter((a) => a.language === language).sort((a, b) => a.daysAgo - b.daysAgo);
      expect(own.length, language).toBeGreaterThan(0);
      expect((await getLatestArticles(20, language)).map((a) => [a.slug, a.language]), language).toEqual(own.map((a) => [a.slug, language]));
    }
    const article = await getArticleBySlug(demoArticles[0].slug);
    expect(article?.headline).toBe(demoArticles[0].headline);
    expect(await getArticleBySlug('no-such-story')).toBeNull();
  });

  it('rejects a second Stripe id of the same value', async () => {
    const { db } = database();
    await db.execute(sql`insert into supporters (email, stripe_customer_id) values ('a@example.org', 'cus_1')`);
    await expect(db.execute(sql`insert into supporters (email, stripe_customer_id) values ('b@example.org', 'cus_1')`)).rejects.toThrow();
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('embedded PGlite on disk', () => {
  it('keeps data across restarts and refuses a second opener of the same folder', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rr-pglite-')), 'pglite');
    const first = openDatabase({ dataDir: dir });
    await prepareDatabase(first);
    await first.close();

    // Another live process holding the folder (pid 1 stands in for it): refused with a clear message.
    fs.writeFileSync(`${dir}.pid`, '1');
    expect(() => openDatabase({ dataDir: dir })).toThrow(/in use by process 1/);
    fs.rmSync(`${dir}.pid`);

    const again = openDatabase({ dataDir: dir });
    const rows = await again.db.select({ slug: articles.slug }).from(articles);
    expect(rows).toHaveLength(demoArticles.length);
    await again.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });
});
