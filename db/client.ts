// The database: embedded PGlite under DATA_DIR when DATABASE_URL is unset, else PostgreSQL through a pg pool.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

// Both drivers expose the same query builder; the node-postgres type stands for either.
export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DatabaseHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** The PostgreSQL URL when kind is postgres. */
  url?: string;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** postgres:// URL; when absent, PGlite. */
  url?: string;
  /** PGlite data directory; null keeps it in memory (tests). */
  dataDir?: string | null;
  poolSize?: number;
};

export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? null);
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const pool = new Pool({ connectionString: url, max });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePostgres(pool, { schema, casing: 'snake_case' });
  return { db, kind: 'postgres', url, close: () => pool.end() };
}

function openPglite(dataDir: string | null): DatabaseHandle {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** PGlite is single-process: a second opener of the same folder would corrupt it, so refuse. */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const lockFile = `${path.resolve(dataDir)}.pid`;
  const holder = readLockHolder(lockFile);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database ${dataDir} is in use by process ${holder}. Stop it first, or set DATABASE_URL to share a PostgreSQL server.`,
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    if (readLockHolder(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
  process.once('exit', release);
  return release;
}

function readLockHolder(lockFile: string): number | null {
  try {
    return Number(fs.readFileSync(lockFile, 'utf8')) || null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const handleKey = Symbol.for('reader-revenue.database');
type WithHandle = typeof globalThis & { [handleKey]?: DatabaseHandle };

/** The process's database. Kept on globalThis so Next's bundles and the launcher share one PGlite. */
export function getDatabaseHandle(): DatabaseHandle {
  const holder = globalThis as WithHandle;
  if (!holder[handleKey]) {
    const url = process.env.DATABASE_URL || undefined;
    const dataDir = path.join(process.env.DATA_DIR || './data', 'pglite');
    holder[handleKey] = openDatabase({ url, dataDir });
  }
  return holder[handleKey];
}

/** Replaces the process's database (tests use a fresh one per file). */
export function setDatabaseHandle(handle: DatabaseHandle | undefined): void {
  (globalThis as WithHandle)[handleKey] = handle;
}

/** The shared database; resolves lazily so importing a query module opens nothing. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = getDatabaseHandle().db;
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});
