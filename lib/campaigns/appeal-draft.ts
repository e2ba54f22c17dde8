// The working draft of the appeal's settings, and saving it with a revision check: a save that started from an older
// revision than the stored one is refused (and says who saved meanwhile) instead of silently overwriting it.
import { eq, sql } from 'drizzle-orm';
import { db, type Transaction } from '@/db/client';
import { appealDraft } from '@/db/schema';
import { checkAppealConfig, type AppealConfig } from './appeal-config';

export type AppealDraft = { config: AppealConfig; revision: number; updatedBy: string | null; updatedAt: Date | null };
export type DraftConflict = { updatedBy: string; updatedAt: Date; revision: number };
export type DraftSave = { ok: true; revision: number } | { ok: false; conflict: DraftConflict };

/** The draft, or (before anyone saved one) the given published config at revision 0. */
export async function getAppealDraft(published: AppealConfig): Promise<AppealDraft> {
  const [row] = await db.select().from(appealDraft).where(eq(appealDraft.id, 1));
  if (!row) return { config: published, revision: 0, updatedBy: null, updatedAt: null };
  const checked = checkAppealConfig(row.config);
  // A draft the rules no longer accept starts again from what is published, keeping its revision so saves still line up.
  return { config: checked.ok ? checked.config : published, revision: row.revision, updatedBy: row.updatedBy, updatedAt: row.updatedAt };
}

/** Writes the draft if it is still at expectedRevision (0: no draft yet); runs inside the caller's transaction when given one. */
export async function saveAppealDraft(options: { config: AppealConfig; expectedRevision: number; actorEmail: string; now?: Date; tx?: Transaction }): Promise<DraftSave> {
  const run = options.tx ?? db;
  const now = options.now ?? new Date();
  const saved = await run
    .insert(appealDraft)
    .values({ id: 1, config: options.config, revision: 1, updatedBy: options.actorEmail, updatedAt: now })
    .onConflictDoUpdate({
      target: appealDraft.id,
      set: { config: options.config, revision: sql`${appealDraft.revision} + 1`, updatedBy: options.actorEmail, updatedAt: now },
      setWhere: sql`${appealDraft.revision} = ${options.expectedRevision}`,
    })
    .returning({ revision: appealDraft.revision });
  if (saved[0]) return { ok: true, revision: saved[0].revision };
  const [current] = await run.select().from(appealDraft).where(eq(appealDraft.id, 1));
  return { ok: false, conflict: { updatedBy: current.updatedBy, updatedAt: current.updatedAt, revision: current.revision } };
}
