// Signs test users in by writing next-auth database sessions directly, and builds requests that carry the cookie.
import crypto from 'node:crypto';
import { db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import type { Role } from '@/lib/auth/user-role';

export async function createSignedInUser(options: { email: string; role: Role; expires?: Date }): Promise<{ userId: string; cookie: string }> {
  const [user] = await db
    .insert(users)
    .values({ email: options.email, role: options.role, emailVerified: new Date() })
    .onConflictDoUpdate({ target: users.email, set: { role: options.role } })
    .returning({ id: users.id });
  const sessionToken = crypto.randomUUID();
  await db.insert(sessions).values({ sessionToken, userId: user.id, expires: options.expires ?? new Date(Date.now() + 86_400_000) });
  return { userId: user.id, cookie: `next-auth.session-token=${sessionToken}` };
}

export function requestAs(cookie: string | null, url: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (cookie) headers.set('cookie', cookie);
  return new Request(new URL(url, 'http://localhost:3000'), { ...init, headers });
}
