// `npm run staff -- add EMAIL [--admin]`, `remove EMAIL`, `list`: who may see the staff area.
// With embedded PGlite, stop `npm start` first (only one process may open its folder); with DATABASE_URL it can run alongside.
import './lib/outside-next';
import { getDatabaseHandle } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { listStaff } from '../lib/admin/list-staff';
import { InvalidStaffEmailError, setUserRole } from '../lib/admin/set-user-role';

const usage = 'Usage: npm run staff -- add EMAIL [--admin] | remove EMAIL | list';

async function main(): Promise<number> {
  const [command, email] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const admin = process.argv.includes('--admin');
  if (!command || (command !== 'list' && !email)) {
    console.error(usage);
    return 2;
  }
  const handle = getDatabaseHandle();
  try {
    await migrateDatabase(handle);
    if (command === 'list') {
      const staff = await listStaff();
      if (staff.length === 0) console.log('No staff yet. Add one: npm run staff -- add EMAIL --admin');
      for (const member of staff) console.log(`${member.role.padEnd(6)} ${member.email}`);
      return 0;
    }
    if (command === 'add' || command === 'remove') {
      const result = await setUserRole({ email, role: command === 'remove' ? 'reader' : admin ? 'admin' : 'staff' });
      const verb = command === 'remove' ? 'no longer has staff access' : `is now ${result.role === 'admin' ? 'an admin' : 'staff'}`;
      console.log(`${result.email} ${verb}${result.created ? ' (account created; they sign in at /signin)' : ''}.`);
      return 0;
    }
    console.error(usage);
    return 2;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof InvalidStaffEmailError ? message : `Could not update staff: ${message}`);
    process.exit(1);
  },
);
