// The audit log: who exported personal data or changed staff access, when, with which filter, and (for an export,
// once finished) how many rows.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';

export async function addAuditEntry(options: { actorEmail: string; action: string; filter: Record<string, unknown>; now?: Date }): Promise<number> {
  const [row] = await db
    .insert(auditLog)
    .values({ actorEmail: options.actorEmail, action: options.action, filter: options.filter, createdAt: options.now ?? new Date() })
    .returning({ id: auditLog.id });
  return row.id;
}

export async function finishExportAuditEntry(options: { id: number; rowCount: number; filter: Record<string, unknown>; completed: boolean }): Promise<void> {
  const filter = options.completed ? options.filter : { ...options.filter, completed: false };
  await db.update(auditLog).set({ rowCount: options.rowCount, filter }).where(eq(auditLog.id, options.id));
}
