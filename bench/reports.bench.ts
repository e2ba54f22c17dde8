// Staff reports at scale: 200,000 supporters and 1,000,000 contributions (npm run seed:demo's generator) on a PostgreSQL
// database of the bench's own. Measures the dashboard, the supporters list and a 200,000-row CSV export through the real
// server (npm start), each beside the same SQL run directly, and the server's memory growth while the export streams.
// BENCH_SUPPORTERS / BENCH_CONTRIBUTIONS shrink the data for a quick run.
import '../scripts/lib/outside-next';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { Pool } from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../db/schema';
import { setDatabaseHandle, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { seedContent } from '../db/seed/seed-content';
import { sessions, users } from '../db/schema';
import { seedDemoHistory } from '../lib/admin/demo/seed-demo-history';
import { getDashboard } from '../lib/reports/get-dashboard';
import { listSupporters } from '../lib/admin/list-supporters';
import { parseReportRange } from '../lib/reports/parse-report-range';
import { parseSupporterFilters } from '../lib/admin/parse-supporter-filters';
import { supporterCsvBatches } from '../lib/admin/supporter-csv-batches';
import { createBenchDatabase, startApp } from './lib/app-server';
import { emit } from './lib/emit';

const SUPPORTERS = Number(process.env.BENCH_SUPPORTERS || 200_000);
const CONTRIBUTIONS = Number(process.env.BENCH_CONTRIBUTIONS || 1_000_000);
const RUNS = 30;
const TIME_ZONE = 'America/New_York';

type Captured = { query: string; params: unknown[] };
let capture: Captured[] | null = null;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)];
}

/** p95 of the app path and of the same SQL run directly, sampled alternately so that load on a shared machine hits both alike. */
async function timePaired(runs: number, app: () => Promise<unknown>, directly: () => Promise<unknown>): Promise<{ app: number; direct: number }> {
  for (let i = 0; i < 3; i++) {
    await app();
    await directly();
  }
  const appSamples: number[] = [];
  const directSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await app();
    appSamples.push(performance.now() - started);
    started = performance.now();
    await directly();
    directSamples.push(performance.now() - started);
  }
  return { app: p95(appSamples), direct: p95(directSamples) };
}

/** The SQL the app issues for one call, captured from Drizzle's logger. */
async function captureSql(fn: () => Promise<unknown>): Promise<Captured[]> {
  capture = [];
  await fn();
  const captured = capture;
  capture = null;
  return captured;
}

function readRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

async function main() {
  const database = await createBenchDatabase();
  if (!database) {
    emit('reports_skipped', 0, 'skipped', { reason: 'no PostgreSQL server answered (set DATABASE_URL)' });
    return;
  }
  const pool = new Pool({ connectionString: database.url, max: 10 });
  const direct = new Pool({ connectionString: database.url, max: 10 });
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const db = drizzle(pool, { schema, casing: 'snake_case', logger: { logQuery: (query, params) => capture?.push({ query, params }) } }) as unknown as Database;
    const handle = { db, kind: 'postgres' as const, url: database.url, close: () => pool.end() };
    setDatabaseHandle(handle);
    await migrateDatabase(handle);
    await seedContent(db);
    const seeded = await seedDemoHistory({ db, supporters: SUPPORTERS, contributions: CONTRIBUTIONS });
    emit('reports_seed_demo_seconds', seeded.seconds, 's', { supporters: seeded.supporters, contributions: seeded.contributions });

    const [user] = await db.insert(users).values({ email: 'bench-staff@example.org', role: 'staff' }).returning({ id: users.id });
    const token = crypto.randomUUID();
    await db.insert(sessions).values({ sessionToken: token, userId: user.id, expires: new Date(Date.now() + 3_600_000) });
    const cookie = `next-auth.session-token=${token}`;

    const now = new Date();
    const ranges = ['7d', '30d', '90d', 'ytd'].map((preset) => {
      const parsed = parseReportRange({ preset, timeZone: TIME_ZONE, now });
      if (!parsed.ok) throw new Error(parsed.message);
      return { preset, range: parsed.range };
    });
    const firstPage = await listSupporters({ ...filters(''), limit: 50 });
    const lists = [
      { name: 'newest', query: 'limit=50' },
      { name: 'search', query: 'q=reader12&limit=50' },
      { name: 'active_eur', query: 'status=active&currency=eur&limit=50' },
      { name: 'page2', query: `limit=50&cursor=${firstPage.nextCursor}` },
      { name: 'email_sort', query: 'sort=email&limit=50' },
    ];

    // The same SQL run directly (no app code), captured from the app's own calls.
    const dashboardSql = new Map<string, Captured[]>();
    for (const { preset, range } of ranges) dashboardSql.set(preset, await captureSql(() => getDashboard({ range, currency: null, now })));
    const listSql = new Map<string, Captured[]>();
    for (const list of lists) listSql.set(list.name, await captureSql(() => listSupporters(filters(list.query))));
    const exportStatements = await captureSql(async () => {
      const batches = supporterCsvBatches(filters(''));
      while (await batches.next());
    });

    // Through the real server: HTTP, session check, JSON or CSV.
    app = await startApp({ port: Number(process.env.BENCH_REPORTS_PORT || 3611), emulatorPort: Number(process.env.BENCH_REPORTS_EMULATOR_PORT || 12611), databaseUrl: database.url, dataDir: 'data/bench-reports' });
    const get = async (path: string) => {
      const response = await fetch(`${app!.url}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      return response.text();
    };
    let worstDashboard = 0;
    for (const { preset, range } of ranges) {
      // The app runs the dashboard's statements in parallel; so does the direct run.
      const statements = dashboardSql.get(preset)!;
      const timing = await timePaired(RUNS, () => get(`/api/admin/summary?from=${range.from}&to=${range.to}`), () => Promise.all(statements.map((s) => direct.query(s.query, s.params))));
      worstDashboard = Math.max(worstDashboard, timing.app);
      emit(`reports_dashboard_${preset}_p95`, timing.app, 'ms', { direct_sql_p95_ms: round(timing.direct), overhead_ratio: round(timing.app / timing.direct), target_ms: 200 });
    }
    emit('reports_dashboard_worst_p95', worstDashboard, 'ms', { target_ms: 200 });
    for (const list of lists) {
      const [page, ...rest] = listSql.get(list.name)!;
      const timing = await timePaired(RUNS, () => get(`/api/admin/supporters?${list.query}`), async () => {
        await direct.query(page.query, page.params);
        await Promise.all(rest.map((s) => direct.query(s.query, s.params)));
      });
      emit(`reports_supporters_list_${list.name}_p95`, timing.app, 'ms', { direct_sql_p95_ms: round(timing.direct), overhead_ratio: round(timing.app / timing.direct), target_ms: 100 });
    }
    let started = performance.now();
    for (const s of exportStatements) await direct.query(s.query, s.params);
    const directExportMs = performance.now() - started;

    // The export, streamed to a client that reads as fast as it can, with the server's resident memory sampled meanwhile.
    const baseline = readRss(app.pid);
    let peak = baseline;
    const sampler = setInterval(() => { peak = Math.max(peak, readRss(app!.pid)); }, 25);
    started = performance.now();
    const response = await fetch(`${app.url}/api/admin/exports/supporters`, { headers: { cookie } });
    let bytes = 0;
    let lines = 0;
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      for (const byte of chunk.value) if (byte === 10) lines += 1;
    }
    const exportMs = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, readRss(app.pid));
    emit('reports_export_supporters_rows', lines - 1, 'rows', { bytes });
    emit('reports_export_supporters_seconds', exportMs / 1000, 's', { direct_sql_seconds: round(directExportMs / 1000), overhead_ratio: round(exportMs / directExportMs) });
    // Context for every figure above: the machine's load while they were taken (two cores, shared).
    emit('reports_machine_load_1m', os.loadavg()[0], 'load', { cpus: os.cpus().length });
    emit('reports_export_server_memory_growth', (peak - baseline) / 1024 / 1024, 'MB', { baseline_mb: round(baseline / 1024 / 1024), target_mb: 100 });
  } finally {
    await app?.stop();
    setDatabaseHandle(undefined);
    await Promise.allSettled([pool.end(), direct.end()]);
    await database.drop();
  }
}

function filters(query: string) {
  const parsed = parseSupporterFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.filters;
}

const round = (n: number) => Math.round(n * 100) / 100;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
