// Gives an email address a role, creating the account if that person has never signed in (they keep it when they do).
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { Role } from '@/lib/auth/user-role';
import { normaliseEmail } from '@/lib/email/normalise-email';

export class InvalidStaffEmailError extends Error {}

export async function setUserRole(options: { email: string; role: Role }): Promise<{ email: string; role: Role; created: boolean }> {
  const email = normaliseEmail(options.email);
  if (!z.email().safeParse(email).success) throw new InvalidStaffEmailError(`"${options.email}" is not an email address`);
  const rows = await db
    .insert(users)
    // A role the staff page gives is final: STAFF_EMAILS no longer applies to this address (it grants only once).
    .values({ email, role: options.role, staffEmailsGrantedAt: new Date() })
    .onConflictDoUpdate({ target: users.email, set: { role: options.role, staffEmailsGrantedAt: sql`coalesce(${users.staffEmailsGrantedAt}, now())` } })
    // xmax = 0 only on a freshly inserted row.
    .returning({ email: users.email, role: users.role, created: sql<boolean>`(xmax = 0)` });
  const row = rows[0];
  return { email: row.email ?? email, role: row.role, created: Boolean(row.created) };
}
