// `npm run jobs:reminders`: sends the reminders that are due now (JOBS_NOW=2027-03-01T09:00:00Z pretends another time).
import './lib/outside-next';
import { ConfigError, parseConfig } from '../lib/config';
import { getDatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { sendDueReminders } from '../lib/reminders/send-due-reminders';
import { ensureAuthSecret } from '../lib/auth/ensure-auth-secret';
import { readLegacyAuthSecret } from './lib/auth-secret';

function readNow(): Date {
  const raw = process.env.JOBS_NOW;
  if (!raw) return new Date();
  const now = new Date(raw);
  if (Number.isNaN(now.getTime())) {
    console.error(`JOBS_NOW must be a date and time such as 2027-03-01T09:00:00Z (got "${raw}")`);
    process.exit(1);
  }
  return now;
}

async function main() {
  let dataDir = './data';
  try {
    dataDir = parseConfig(process.env).DATA_DIR;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  const now = readNow();
  const database = getDatabaseHandle();
  try {
    await migrateDatabase(database);
    // The reminder's cancel link is signed with the secret the running site uses.
    process.env.AUTH_SECRET ||= await ensureAuthSecret({ db: database.db, seed: readLegacyAuthSecret(dataDir) });
    const summary = await sendDueReminders({ now });
    console.log(JSON.stringify({ job: 'reminders', now: now.toISOString(), ...summary }));
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(`Reminders job failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
