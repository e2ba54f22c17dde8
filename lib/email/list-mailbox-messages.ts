// The local mailbox's queries: the outbox, newest first, optionally for one recipient.
import { desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { isPostgresText } from '@/db/postgres-values';
import { emailOutbox } from '@/db/schema';

export type MailboxMessage = typeof emailOutbox.$inferSelect;

export async function listMailboxMessages({ to, limit = 100 }: { to?: string; limit?: number }): Promise<MailboxMessage[]> {
  const recipient = to?.trim().toLowerCase();
  if (recipient && !isPostgresText(recipient)) return [];
  return db
    .select()
    .from(emailOutbox)
    .where(recipient ? eq(sql`lower(${emailOutbox.to})`, recipient) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}

export async function getMailboxMessage(id: number): Promise<MailboxMessage | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}
