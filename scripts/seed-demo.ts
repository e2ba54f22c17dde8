// `npm run seed:demo -- --supporters 200000 --contributions 1000000`: a realistic synthetic history for trying the staff reports.
// Writes into DATABASE_URL, or the embedded database under DATA_DIR (stop `npm start` first: one process may open it).
import './lib/outside-next';
import { getDatabaseHandle } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { seedDemoHistory } from '../lib/admin/demo/seed-demo-history';

function readCount(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 50_000_000) {
    console.error(`--${name} needs a whole number between 1 and 50000000 (got "${process.argv[index + 1] ?? ''}")`);
    process.exit(2);
  }
  return value;
}

async function main() {
  const supporters = readCount('supporters', 2000);
  const contributions = readCount('contributions', 10_000);
  const handle = getDatabaseHandle();
  try {
    await prepareDatabase(handle);
    console.error(`Seeding ${supporters.toLocaleString('en-US')} supporters and about ${contributions.toLocaleString('en-US')} contributions into ${handle.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'}…`);
    const result = await seedDemoHistory({ db: handle.db, supporters, contributions });
    console.log(`Done in ${result.seconds}s: ${result.supporters} supporters, ${result.subscriptions} subscriptions, ${result.contributions} contributions, ${result.checkoutSessions} checkouts (demo tag ${result.tag}).`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  console.error(`Could not seed the demo history: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}${cause}`);
  process.exit(1);
});
