// Who is signed in, from next-auth's database session cookie; null for anonymous visitors.
import { cookies } from 'next/headers';
import { cache } from 'react';
import { authCookieNames, readCookie } from './auth-cookies';
import { getUserBySessionToken } from './get-user-by-session-token';
import type { CurrentUser } from './user-role';

export type { CurrentUser } from './user-role';

/** In pages, layouts and server actions (reads the request's cookies through next/headers); looked up once per
 * request however many components ask (the masthead, the page, the appeal). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(authCookieNames().session)?.value;
  if (!token) return null;
  return getUserBySessionToken({ token, now: new Date() });
});

/** In route handlers, from the request itself (also callable outside Next, e.g. in tests). */
export async function getCurrentUserFromRequest(request: Request): Promise<CurrentUser | null> {
  const token = readCookie(request.headers.get('cookie'), authCookieNames().session);
  if (!token) return null;
  return getUserBySessionToken({ token, now: new Date() });
}
