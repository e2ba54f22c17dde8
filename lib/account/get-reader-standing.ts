// What the account knows about a signed-in reader's giving, for the appeal: is recurring support running, and
// when did they last give once. Recurring payments are left out: when that support ends, the appeal may return.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/db/client';
import { supporters } from '@/db/schema';
import { isRunningSql } from '@/lib/memberships/running-support';
import type { AccountUser } from './account-types';
import { normaliseEmail } from '@/lib/email/normalise-email';

export type ReaderStanding = { activeRecurring: boolean; lastPaidAt: Date | null };

/** Once per request for the same user (the masthead and the appeal both ask). */
export const getReaderStanding = cache(async (user: AccountUser): Promise<ReaderStanding | null> => {
  const theirs = or(eq(supporters.userId, user.id), and(eq(supporters.email, normaliseEmail(user.email)), isNull(supporters.userId)));
  // "supporters.id" is written out: drizzle would render the column unqualified, which inside the subquery means s.id / c.id.
  const rows = await db
    .select({
      activeRecurring: sql<boolean>`exists (select 1 from subscriptions s where s.supporter_id = supporters.id and ${isRunningSql(sql`s.status`)})`,
      lastPaidAt: sql<string | Date | null>`(select max(c.paid_at) from contributions c where c.supporter_id = supporters.id and c.frequency = 'once' and c.status = 'paid')`,
    })
    .from(supporters)
    .where(theirs);
  if (rows.length === 0) return null;
  const paid = rows.map((r) => (r.lastPaidAt ? new Date(r.lastPaidAt) : null)).filter((d): d is Date => d !== null);
  return {
    activeRecurring: rows.some((r) => Boolean(r.activeRecurring)),
    lastPaidAt: paid.length ? new Date(Math.max(...paid.map((d) => d.getTime()))) : null,
  };
});
