// Brings a database up to date: migrations, then the demo content (once).
import type { DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';
import { seedContent } from './seed/seed-content';

export async function prepareDatabase(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle);
  await seedContent(handle.db);
}
