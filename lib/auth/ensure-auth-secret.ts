// With no AUTH_SECRET set, every instance on one database must sign with the same secret (magic links, newsletter
// tokens, CSRF): the first to start stores one, the primary key makes a second insert a no-op, and all read it back.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { appSecrets } from '@/db/schema';

const NAME = 'auth';

/** `seed` is an older install's generated secret (DATA_DIR/auth-secret), kept so its links and sessions still work. */
export async function ensureAuthSecret(options: { db: Database; seed?: string | null }): Promise<string> {
  const candidate = options.seed || crypto.randomBytes(32).toString('base64url');
  await options.db.insert(appSecrets).values({ name: NAME, value: candidate }).onConflictDoNothing({ target: appSecrets.name });
  const [row] = await options.db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, NAME));
  return row.value;
}
