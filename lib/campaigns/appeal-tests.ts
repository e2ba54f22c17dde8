// Staff's A/B tests: create, edit with a revision check, start and stop (each start and stop is audited).
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { appealTests, auditLog } from '@/db/schema';
import { campaignTestSchema, type CampaignTest } from './campaign-test';
import { forgetPublishedAppeal } from './get-published-appeal';

export type AppealTestRow = { id: number; definition: CampaignTest; status: 'draft' | 'live' | 'stopped'; revision: number; updatedBy: string; updatedAt: Date };
export type TestSave = { ok: true; id: number; revision: number } | { ok: false; reason: 'conflict' | 'not_found' };

function toRow(row: typeof appealTests.$inferSelect): AppealTestRow | null {
  const parsed = campaignTestSchema.safeParse(row.definition);
  return parsed.success ? { id: row.id, definition: parsed.data, status: row.status, revision: row.revision, updatedBy: row.updatedBy, updatedAt: row.updatedAt } : null;
}

export async function listAppealTests(): Promise<AppealTestRow[]> {
  const rows = await db.select().from(appealTests).orderBy(desc(appealTests.id));
  return rows.map(toRow).filter((r): r is AppealTestRow => r !== null);
}

export async function getAppealTest(id: number): Promise<AppealTestRow | null> {
  const [row] = await db.select().from(appealTests).where(eq(appealTests.id, id));
  return row ? toRow(row) : null;
}

/** Creates (no id) or updates a test still at expectedRevision; a live test's change reaches readers at once. */
export async function saveAppealTest(options: { id?: number; definition: CampaignTest; expectedRevision?: number; actorEmail: string; now?: Date }): Promise<TestSave> {
  const now = options.now ?? new Date();
  if (!options.id) {
    const [row] = await db
      .insert(appealTests)
      .values({ definition: options.definition, createdBy: options.actorEmail, updatedBy: options.actorEmail, createdAt: now, updatedAt: now })
      .returning({ id: appealTests.id, revision: appealTests.revision });
    return { ok: true, ...row };
  }
  const [row] = await db
    .update(appealTests)
    .set({ definition: options.definition, revision: sql`${appealTests.revision} + 1`, updatedBy: options.actorEmail, updatedAt: now })
    .where(and(eq(appealTests.id, options.id), eq(appealTests.revision, options.expectedRevision ?? -1)))
    .returning({ id: appealTests.id, revision: appealTests.revision });
  if (!row) return { ok: false, reason: (await getAppealTest(options.id)) ? 'conflict' : 'not_found' };
  forgetPublishedAppeal();
  return { ok: true, ...row };
}

export async function setAppealTestStatus(options: { id: number; status: 'live' | 'stopped'; actorEmail: string; now?: Date }): Promise<boolean> {
  const now = options.now ?? new Date();
  const changed = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(appealTests)
      .set({ status: options.status, revision: sql`${appealTests.revision} + 1`, updatedBy: options.actorEmail, updatedAt: now })
      .where(eq(appealTests.id, options.id))
      .returning({ id: appealTests.id });
    if (!row) return false;
    await tx.insert(auditLog).values({ actorEmail: options.actorEmail, action: `appeal-test:${options.status === 'live' ? 'start' : 'stop'}`, filter: { test: options.id }, createdAt: now });
    return true;
  });
  if (changed) forgetPublishedAppeal();
  return changed;
}
