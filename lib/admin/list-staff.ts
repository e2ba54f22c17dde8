// Everyone with access to the staff area, admins first.
import { asc, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';

export type StaffMember = { id: string; email: string | null; name: string | null; role: 'reader' | 'staff' | 'admin'; createdAt: Date };

export async function listStaff(): Promise<StaffMember[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(inArray(users.role, ['staff', 'admin']))
    .orderBy(sql`${users.role} = 'admin' desc`, asc(users.email));
}
