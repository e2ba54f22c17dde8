// Health check: 200 when the app and its database answer, 503 with a reason when not.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 2_000;

export async function GET() {
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS)),
    ]);
    return Response.json({ status: 'ok' });
  } catch (error) {
    const reason = error instanceof Error && error.message === 'timed out' ? 'database timed out' : 'database unavailable';
    return Response.json({ status: 'unavailable', reason }, { status: 503 });
  }
}
