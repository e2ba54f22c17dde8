// The supporter with this email (normalised), or null.
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { supporters } from '@/db/schema';
import { normaliseEmail } from './normalise-email';

export async function getSupporterByEmail(email: string) {
  const normalised = normaliseEmail(email);
  if (!normalised) return null;
  const [row] = await db.select().from(supporters).where(eq(supporters.email, normalised)).limit(1);
  return row ?? null;
}
