// The published appeal (settings and live tests) as pages and the checkout read it: held in memory and refreshed at
// most every few seconds, so a page view costs no query; when the database cannot be read, the last good copy stays.
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { appealTests, appealVersions } from '@/db/schema';
import { invalidateCachedPages } from '@/lib/cache/invalidate-cached-pages';
import { getLogger } from '@/lib/log/logger';
import { describeSafely } from '@/lib/log/safe-error';
import { checkAppealConfig, type AppealConfig } from './appeal-config';
import { campaignTestSchema, type ServedTest } from './campaign-test';
import { builtInAppealConfig } from './default-appeal-config';

export type PublishedAppeal = { versionId: number | null; config: AppealConfig; tests: ServedTest[] };

const REFRESH_MS = 5_000;
// Newest few versions: if the newest no longer passes the schema (rules tightened since), an older one serves.
const VERSIONS_TRIED = 5;

type Cached = { value: PublishedAppeal; loadedAt: number };
const key = Symbol.for('reader-revenue.published-appeal');
type Holder = typeof globalThis & { [key]?: { cached: Cached | null; loading: Promise<PublishedAppeal> | null; generation: number } };

function state() {
  const holder = globalThis as Holder;
  holder[key] ??= { cached: null, loading: null, generation: 0 };
  return holder[key];
}

export async function loadPublishedAppeal(): Promise<PublishedAppeal> {
  const versions = await db.select().from(appealVersions).orderBy(desc(appealVersions.publishedAt), desc(appealVersions.id)).limit(VERSIONS_TRIED);
  let published: PublishedAppeal = { versionId: null, config: builtInAppealConfig(), tests: [] };
  for (const version of versions) {
    const checked = checkAppealConfig(version.config);
    if (checked.ok) {
      published = { versionId: version.id, config: checked.config, tests: [] };
      break;
    }
    getLogger().error({ version: version.id }, 'published appeal version fails the settings schema; serving an older one');
  }
  const live = await db.select().from(appealTests).where(eq(appealTests.status, 'live')).orderBy(appealTests.id);
  for (const row of live) {
    const parsed = campaignTestSchema.safeParse(row.definition);
    if (!parsed.success) continue;
    const { trafficPercent, holdbackPercent, startsAt, endsAt, targeting, variants } = parsed.data;
    published.tests.push({ id: row.id, trafficPercent, holdbackPercent, startsAt, endsAt, targeting, variants });
  }
  return published;
}

export async function getPublishedAppeal(options: { now?: number } = {}): Promise<PublishedAppeal> {
  const now = options.now ?? Date.now();
  const s = state();
  if (s.cached && now - s.cached.loadedAt < REFRESH_MS) return s.cached.value;
  const generation = s.generation;
  s.loading ??= loadPublishedAppeal()
    .then((value) => {
      // A publish during the load makes this copy stale already: keep it out of the cache.
      if (generation === s.generation) s.cached = { value, loadedAt: Date.now() };
      return value;
    })
    .catch((error: unknown) => {
      getLogger().warn({ reason: describeSafely(error) }, 'could not load the published appeal; keeping the last good one');
      if (s.cached) {
        s.cached.loadedAt = Date.now();
        return s.cached.value;
      }
      return { versionId: null, config: builtInAppealConfig(), tests: [] };
    })
    .finally(() => {
      s.loading = null;
    });
  return s.loading;
}

/** After a publish or a test change in this process: the next read loads afresh, and cached pages are redone. */
export function forgetPublishedAppeal(): void {
  const s = state();
  s.cached = null;
  s.loading = null;
  s.generation += 1;
  invalidateCachedPages();
}
