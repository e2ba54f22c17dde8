// STAFF_EMAILS bootstraps the first admins: such a user becomes an admin the first time they are seen signed in, once.
// The grant is recorded, so an admin who later changes or revokes that role on the staff page is not overruled.
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { normaliseEmail } from '@/lib/email/normalise-email';
import type { CurrentUser } from './user-role';

export async function promoteBootstrapAdmin(options: { user: CurrentUser; staffEmailsGranted: boolean; staffEmails: string[]; now?: Date }): Promise<CurrentUser> {
  const { user, staffEmails } = options;
  if (options.staffEmailsGranted || !staffEmails.includes(normaliseEmail(user.email))) return user;
  const granted = await db
    .update(users)
    .set({ role: 'admin', staffEmailsGrantedAt: options.now ?? new Date() })
    .where(and(eq(users.id, user.id), isNull(users.staffEmailsGrantedAt)))
    .returning({ id: users.id });
  // Another request granted it first (and the staff page may have decided since): the stored role stands.
  return granted.length ? { ...user, role: 'admin' } : user;
}
