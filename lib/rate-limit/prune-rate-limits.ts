// Deletes spent rate-limit windows: every key a client ever used (addresses, IPs) would otherwise stay for good.
import { lt } from 'drizzle-orm';
import { db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { MAX_RATE_LIMIT_WINDOW_SECONDS } from './consume-rate-limit';

export async function pruneRateLimits({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const spentBefore = new Date(now.getTime() - MAX_RATE_LIMIT_WINDOW_SECONDS * 1000);
  const deleted = await db.delete(rateLimits).where(lt(rateLimits.windowStart, spentBefore)).returning({ key: rateLimits.key });
  return deleted.length;
}
