// Publishing: one transaction keeps the version, moves the draft on and writes the audit log; then this process's
// cached copy is dropped so the next reader gets the new appeal (other instances pick it up within the cache's lifetime).
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { appealVersions, auditLog } from '@/db/schema';
import { checkAppealConfig, type AppealConfig } from './appeal-config';
import { saveAppealDraft, type DraftConflict } from './appeal-draft';
import { forgetPublishedAppeal } from './get-published-appeal';

export type PublishResult = { ok: true; versionId: number; revision: number } | { ok: false; conflict: DraftConflict };

export async function publishAppeal(options: {
  config: AppealConfig;
  expectedRevision: number;
  actorEmail: string;
  restoredFromId?: number;
  now?: Date;
}): Promise<PublishResult> {
  const now = options.now ?? new Date();
  const result = await db.transaction(async (tx): Promise<PublishResult> => {
    const draft = await saveAppealDraft({ config: options.config, expectedRevision: options.expectedRevision, actorEmail: options.actorEmail, now, tx });
    if (!draft.ok) return draft;
    const [version] = await tx
      .insert(appealVersions)
      .values({ config: options.config, publishedBy: options.actorEmail, publishedAt: now, restoredFromId: options.restoredFromId ?? null })
      .returning({ id: appealVersions.id });
    const filter = options.restoredFromId ? { version: version.id, restoredFrom: options.restoredFromId } : { version: version.id };
    await tx.insert(auditLog).values({ actorEmail: options.actorEmail, action: options.restoredFromId ? 'appeal:restore' : 'appeal:publish', filter, createdAt: now });
    return { ok: true, versionId: version.id, revision: draft.revision };
  });
  if (result.ok) forgetPublishedAppeal();
  return result;
}

export type AppealVersionRow = typeof appealVersions.$inferSelect;

export async function listAppealVersions(options: { limit: number }): Promise<AppealVersionRow[]> {
  return db.select().from(appealVersions).orderBy(desc(appealVersions.publishedAt), desc(appealVersions.id)).limit(options.limit);
}

export async function getAppealVersion(id: number): Promise<AppealVersionRow | null> {
  const [row] = await db.select().from(appealVersions).where(eq(appealVersions.id, id));
  return row ?? null;
}

export type RestoreResult = PublishResult | { ok: false; notFound: true };

/** Publishes an old version again (as a new version that names it), if the draft is still at expectedRevision. */
export async function restoreAppealVersion(options: { versionId: number; expectedRevision: number; actorEmail: string; now?: Date }): Promise<RestoreResult> {
  const old = await getAppealVersion(options.versionId);
  const checked = old ? checkAppealConfig(old.config) : null;
  if (!old || !checked?.ok) return { ok: false, notFound: true };
  return publishAppeal({ config: checked.config, expectedRevision: options.expectedRevision, actorEmail: options.actorEmail, restoredFromId: old.id, now: options.now });
}
