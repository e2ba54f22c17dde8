// One supporter with every subscription and contribution, newest first, for the supporter page.
import { desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { contributions, subscriptions, supporters } from '@/db/schema';

export async function getSupporterDetails(id: number) {
  const [supporter] = await db.select().from(supporters).where(eq(supporters.id, id)).limit(1);
  if (!supporter) return null;
  const [subs, gifts] = await Promise.all([
    db.select().from(subscriptions).where(eq(subscriptions.supporterId, id)).orderBy(desc(subscriptions.startedAt)),
    db.select().from(contributions).where(eq(contributions.supporterId, id))
      .orderBy(sql`coalesce(${contributions.paidAt}, ${contributions.failedAt}, ${contributions.createdAt}) desc`, desc(contributions.id)),
  ]);
  return { supporter, subscriptions: subs, contributions: gifts };
}

export type SupporterDetails = NonNullable<Awaited<ReturnType<typeof getSupporterDetails>>>;
