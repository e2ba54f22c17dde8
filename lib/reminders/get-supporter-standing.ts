// For a batch of addresses: who has an active recurring gift, and when each last gave, so reminders skip supporters.
import { inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { supporters } from '@/db/schema';
import { isRunningSql } from '@/lib/memberships/running-support';

export type SupporterStanding = { activeRecurring: boolean; lastPaidAt: Date | null };

export async function getSupporterStandingByEmail(emails: string[]): Promise<Map<string, SupporterStanding>> {
  const standing = new Map<string, SupporterStanding>();
  if (emails.length === 0) return standing;
  // "supporters.id" is written out: drizzle renders a column unqualified, which inside the subqueries would mean s.id / c.id.
  const rows = await db
    .select({
      email: supporters.email,
      activeRecurring: sql<boolean>`exists (select 1 from subscriptions s where s.supporter_id = supporters.id and ${isRunningSql(sql`s.status`)})`,
      lastPaidAt: sql<string | Date | null>`(select max(c.paid_at) from contributions c where c.supporter_id = supporters.id and c.paid_at is not null)`,
    })
    .from(supporters)
    .where(inArray(supporters.email, emails));
  for (const row of rows) {
    if (!row.email) continue;
    standing.set(row.email, { activeRecurring: Boolean(row.activeRecurring), lastPaidAt: row.lastPaidAt ? new Date(row.lastPaidAt) : null });
  }
  return standing;
}
