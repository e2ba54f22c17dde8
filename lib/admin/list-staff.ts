// Everyone with access to the staff area, admins first.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { isPostgresText } from '@/db/postgres-values';
import { users } from '@/db/schema';
import { normaliseEmail } from '@/lib/email/normalise-email';

export type StaffMember = { id: string; email: string | null; name: string | null; role: 'reader' | 'staff' | 'admin'; createdAt: Date };

export async function listStaff(): Promise<StaffMember[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(inArray(users.role, ['staff', 'admin']))
    .orderBy(sql`${users.role} = 'admin' desc`, asc(users.email));
}

/** The role of the account with this address, or null when there is none. */
export async function getRoleByEmail(email: string): Promise<StaffMember['role'] | null> {
  const address = normaliseEmail(email);
  if (!isPostgresText(address)) return null;
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.email, address)).limit(1);
  return row?.role ?? null;
}
