// The article page at 50 connections, side by side in one run: the app alone, nginx serving the very same HTML as a
// static file (the limit), and the article through deploy/nginx.conf's cache in front of the app; their ratios; the
// server's memory after 50,000 and 100,000 article requests; what a browser transfers and its layout shift; first-load
// JS per route. On embedded PGlite, then on PostgreSQL.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { emit } from './lib/emit';
import { createBenchDatabase, startApp, type RunningApp } from './lib/app-server';
import { loadTool, measureLoad, startNginx, type LoadResult } from './lib/load-tools';

const root = path.resolve(__dirname, '..');
const ARTICLE = '/articles/river-bridge-repairs-delayed';
const PORTS = { app: 3900, emulator: 12900, nginxStatic: 3901, nginxCache: 3902 };
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS || 15);

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
  const appealJs = path.join(root, distDir, 'browser', 'appeal.js');
  if (fs.existsSync(appealJs)) emit('appeal_js_gzip', zlib.gzipSync(fs.readFileSync(appealJs)).length, 'bytes');
  const embedJs = path.join(root, distDir, 'browser', 'embed.js');
  if (fs.existsSync(embedJs)) emit('embed_js_gzip', zlib.gzipSync(fs.readFileSync(embedJs)).length, 'bytes');
}

function emitLoad(name: string, result: LoadResult, extra: Record<string, unknown>): void {
  emit(`${name}_requests_per_second`, result.requestsPerSecond, 'req/s', { connections: 50, tool: result.tool, ...extra });
  emit(`${name}_latency_p99`, result.p99Ms, 'ms', { connections: 50, tool: result.tool, ...extra });
  emit(`${name}_errors`, result.errors, 'count', extra);
}

/** What a browser transfers for the article and its layout shift, in Chromium (the Lighthouse figures). */
async function measureInBrowser(url: string, db: string): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const { findChromium, CHROMIUM_ARGS } = await import('../scripts/lib/find-chromium');
  const executablePath = findChromium();
  if (!executablePath) return emit('article_page_browser_skipped', 0, 'count', { reason: 'no Chromium found' });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    let bytes = 0;
    page.on('response', async (response) => {
      const size = (await response.request().sizes().catch(() => null))?.responseBodySize ?? 0;
      bytes += size;
    });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(1000);
    emit('article_page_transfer', bytes / 1024, 'KiB', { db, viewport: '390x844' });
    emit('article_page_cls', await page.evaluate(() => (window as unknown as { __cls: number }).__cls), 'score', { db });
  } finally {
    await browser.close();
  }
}

/** fetch() cannot say another Host; the page is asked for by the public name the canonical-host check expects. */
function getText(url: string, hostHeader: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { host: hostHeader } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => (response.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${response.statusCode}`))));
    }).on('error', reject);
  });
}

async function requestMany(url: string, amount: number, headers: Record<string, string>): Promise<void> {
  await autocannon({ url, connections: 10, amount, headers });
}

async function benchMode(mode: 'pglite' | 'postgres', databaseUrl?: string): Promise<void> {
  const tool = loadTool();
  // The app's address is the cache's: readers reach it through nginx, and the direct runs say the same Host.
  const publicUrl = `http://localhost:${PORTS.nginxCache}`;
  const app: RunningApp = await startApp({ port: PORTS.app, emulatorPort: PORTS.emulator, databaseUrl, dataDir: `data/bench-${mode}`, env: { APP_URL: publicUrl, TRUST_PROXY: '1', LOG_LEVEL: 'warn' } });
  const host = { host: `localhost:${PORTS.nginxCache}` };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-nginx-'));
  try {
    const direct = `http://127.0.0.1:${PORTS.app}${ARTICLE}`;
    const html = await getText(direct, host.host);
    if (!html.includes('section')) throw new Error('the article page did not render');
    await requestMany(direct, 500, host);
    emit('app_rss_idle', app.rssBytes() / 2 ** 20, 'MiB', { db: mode });

    const alone = await measureLoad(tool, direct, { seconds: DURATION_SECONDS, headers: host });
    emitLoad('article_page', alone, { db: mode, via: 'app' });

    const nginx = startNginx({ work, deployConf: path.join(root, 'deploy', 'nginx.conf'), ports: PORTS, articlePath: ARTICLE, html });
    if ('skipped' in nginx) {
      emit('article_page_nginx_skipped', 0, 'count', { reason: nginx.skipped });
    } else {
      try {
        const limit = await measureLoad(tool, `http://127.0.0.1:${PORTS.nginxStatic}${ARTICLE}`, { seconds: DURATION_SECONDS });
        emitLoad('nginx_static_same_html', limit, { db: mode });
        const cachedUrl = `http://localhost:${PORTS.nginxCache}${ARTICLE}`;
        await requestMany(cachedUrl, 200, {});
        const cached = await measureLoad(tool, cachedUrl, { seconds: DURATION_SECONDS });
        emitLoad('article_page_through_deploy_cache', cached, { db: mode, via: 'deploy/nginx.conf' });
        emit('article_page_share_of_nginx_static', alone.requestsPerSecond / limit.requestsPerSecond, 'ratio', { db: mode, via: 'app' });
        emit('article_page_through_deploy_cache_share_of_nginx_static', cached.requestsPerSecond / limit.requestsPerSecond, 'ratio', { db: mode });
        await measureInBrowser(cachedUrl, mode);
      } finally {
        nginx.stop();
      }
    }

    await requestMany(direct, 50_000, host);
    emit('app_rss_after_50k_requests', app.rssBytes() / 2 ** 20, 'MiB', { db: mode });
    await requestMany(direct, 50_000, host);
    emit('app_rss_after_100k_requests', app.rssBytes() / 2 ** 20, 'MiB', { db: mode });
  } finally {
    await app.stop();
    fs.rmSync(work, { recursive: true, force: true });
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
