// The signed-in user behind a session token, or null when the session is unknown or expired.
import { and, eq, gt } from 'drizzle-orm';
import { db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { promoteBootstrapAdmin } from './promote-bootstrap-admin';
import type { CurrentUser } from './user-role';

export async function getUserBySessionToken(options: { token: string; now: Date }): Promise<CurrentUser | null> {
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, staffEmailsGrantedAt: users.staffEmailsGrantedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, options.token), gt(sessions.expires, options.now)))
    .limit(1);
  const row = rows[0];
  if (!row?.email) return null;
  const user: CurrentUser = { id: row.id, email: row.email, name: row.name, role: row.role };
  return promoteBootstrapAdmin({ user, staffEmailsGranted: row.staffEmailsGrantedAt !== null, staffEmails: getConfig().STAFF_EMAILS, now: options.now });
}
