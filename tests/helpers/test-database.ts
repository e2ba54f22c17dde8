// A fresh, migrated database per test file: in-memory PGlite, or a throwaway database on DATABASE_URL's server.
import { afterAll, beforeAll } from 'vitest';
import type { PgTable } from 'drizzle-orm/pg-core';
import { db, openDatabase, setDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createThrowawayDatabase } from '@/db/throwaway-database';

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = openDatabase({ dataDir: null });
    await migrateDatabase(handle);
    return handle;
  }
  const database = await createThrowawayDatabase(serverUrl, 'rr_test');
  const handle = openDatabase({ url: database.url, poolSize: 5 });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}

/** Gives the test file its own database as the process's `db`; returns a getter for the handle. */
export function useTestDatabase(): () => DatabaseHandle {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
    setDatabaseHandle(handle);
  });
  afterAll(async () => {
    setDatabaseHandle(undefined);
    await handle?.close();
  });
  return () => {
    if (!handle) throw new Error('test database not ready (call inside a test)');
    return handle;
  };
}

/** Empties tables between a file's tests, in the order given (children before parents). */
export async function emptyTables(...tables: PgTable[]): Promise<void> {
  for (const table of tables) await db.delete(table);
}
