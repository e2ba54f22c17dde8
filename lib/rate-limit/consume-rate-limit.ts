// Fixed-window rate limits kept in the database, so every app instance counts against the same window.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

/** The longest window any limit counts over: a row older than this is spent, and the pruning job deletes it. */
export const MAX_RATE_LIMIT_WINDOW_SECONDS = 86_400;

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type RateLimitOptions = {
  /** What is limited, e.g. `checkout:ip:127.0.0.1` or `newsletter:email:a@b.org`. */
  key: string;
  limit: number;
  windowSeconds: number;
  now?: Date;
};

export async function consumeRateLimit({ key, limit, now = new Date(), ...options }: RateLimitOptions): Promise<RateLimitResult> {
  const windowSeconds = Math.min(options.windowSeconds, MAX_RATE_LIMIT_WINDOW_SECONDS);
  const windowStartsAfter = new Date(now.getTime() - windowSeconds * 1000);
  const result = await db.execute<{ window_start: string | Date; count: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${now.toISOString()}, 1)
    on conflict (key) do update set
      window_start = case when rate_limits.window_start <= ${windowStartsAfter.toISOString()} then excluded.window_start else rate_limits.window_start end,
      count = case when rate_limits.window_start <= ${windowStartsAfter.toISOString()} then 1 else rate_limits.count + 1 end
    returning window_start, count`);
  const row = result.rows[0];
  const count = Number(row.count);
  if (count <= limit) return { allowed: true, remaining: limit - count };
  const windowEnds = new Date(row.window_start).getTime() + windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)) };
}
