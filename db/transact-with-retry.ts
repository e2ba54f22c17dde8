// Runs a sync's transaction, retrying when PostgreSQL aborts it for a deadlock, a serialization failure or a
// concurrent insert of the same Stripe id: the sync is idempotent, so running it again is always safe.
import type { Database, Transaction } from '@/db/client';

const RETRYABLE = new Set(['40P01', '40001', '23505']);

function codeOf(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.code;
}

export async function transactWithRetry<T>(database: Database, work: (tx: Transaction) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE.has(codeOf(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
