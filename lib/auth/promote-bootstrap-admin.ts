// STAFF_EMAILS bootstraps the first admins: such a user becomes an admin the first time they are seen signed in.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { CurrentUser } from './user-role';

export async function promoteBootstrapAdmin(options: { user: CurrentUser; staffEmails: string[] }): Promise<CurrentUser> {
  const { user, staffEmails } = options;
  if (user.role === 'admin' || !staffEmails.includes(user.email.toLowerCase())) return user;
  await db.update(users).set({ role: 'admin' }).where(eq(users.id, user.id));
  return { ...user, role: 'admin' };
}
