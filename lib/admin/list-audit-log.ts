// The newest audit-log entries (exports and staff changes), for admins.
import { desc, lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';

export async function listAuditLog(options: { beforeId?: number; limit: number }) {
  return db
    .select()
    .from(auditLog)
    .where(options.beforeId ? lt(auditLog.id, options.beforeId) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
