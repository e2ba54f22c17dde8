// `npm run db:migrate`: applies pending migrations and seeds the demo content (both are also run by npm start).
import './lib/outside-next';
import { ConfigError, parseConfig } from '../lib/config';
import { getDatabaseHandle } from '../db/client';
import { prepareDatabase } from '../db/prepare';

async function main() {
  try {
    parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const handle = getDatabaseHandle();
  await prepareDatabase(handle);
  await handle.close();
  console.log(`Database is up to date (${handle.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}).`);
}

main().catch((error) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
