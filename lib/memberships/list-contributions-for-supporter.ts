// Every payment from one supporter, newest first.
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { contributions } from '@/db/schema';

export async function listContributionsForSupporter(supporterId: number, options: { limit?: number } = {}) {
  return db
    .select()
    .from(contributions)
    .where(eq(contributions.supporterId, supporterId))
    .orderBy(desc(contributions.paidAt), desc(contributions.id))
    .limit(options.limit ?? 100);
}
