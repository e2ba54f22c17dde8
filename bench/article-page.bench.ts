// Article page throughput and latency at 50 connections, first-load JS per route, and server memory,
// on embedded PGlite and on PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { emit } from './lib/emit';
import { createBenchDatabase, startApp } from './lib/app-server';

const root = path.resolve(__dirname, '..');
const ARTICLE = '/articles/river-bridge-repairs-delayed';

async function load(url: string, options: { connections: number; duration?: number; amount?: number }) {
  const { connections, duration, amount } = options;
  return autocannon({ url, connections, ...(amount ? { amount } : { duration }) });
}

function reportBundleSizes(): void {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const statsFile = path.join(root, distDir, 'diagnostics', 'route-bundle-stats.json');
  if (!fs.existsSync(statsFile)) return;
  const routes = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as { route: string; firstLoadChunkPaths: string[] }[];
  for (const { route, firstLoadChunkPaths } of routes) {
    if (route.startsWith('/api/') || route === '/_not-found') continue;
    const gzipBytes = firstLoadChunkPaths.reduce((sum, chunk) => {
      const file = path.join(root, chunk.replace(/^\.next/, distDir));
      return fs.existsSync(file) ? sum + zlib.gzipSync(fs.readFileSync(file)).length : sum;
    }, 0);
    emit('first_load_js_gzip', gzipBytes, 'bytes', { route });
  }
}

async function benchMode(mode: 'pglite' | 'postgres', databaseUrl?: string): Promise<void> {
  const app = await startApp({ port: 3900, emulatorPort: 12900, databaseUrl, dataDir: `data/bench-${mode}` });
  try {
    await load(`${app.url}${ARTICLE}`, { connections: 5, amount: 200 }); // warm up
    emit('app_rss_idle', app.rssBytes() / 2 ** 20, 'MiB', { db: mode });
    const result = await load(`${app.url}${ARTICLE}`, { connections: 50, duration: 10 });
    emit('article_page_requests_per_second', result.requests.average, 'req/s', { db: mode, connections: 50 });
    emit('article_page_latency_p99', result.latency.p99, 'ms', { db: mode, connections: 50 });
    emit('article_page_errors', result.errors + result.non2xx, 'count', { db: mode });
    await load(`${app.url}${ARTICLE}`, { connections: 10, amount: 10_000 });
    emit('app_rss_after_10k_requests', app.rssBytes() / 2 ** 20, 'MiB', { db: mode });
  } finally {
    await app.stop();
  }
}

async function main() {
  await benchMode('pglite');
  reportBundleSizes();
  const database = await createBenchDatabase();
  if (!database) {
    emit('article_page_postgres_skipped', 0, 'count', { reason: 'no PostgreSQL server answered' });
    return;
  }
  try {
    await benchMode('postgres', database.url);
  } finally {
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
