// The visitor's CSRF token for next-auth forms (sign-in, sign-out), read from the cookie next-auth set.
import { cookies } from 'next/headers';
import { authCookieNames } from './auth-cookies';
import { getAuthSecret } from './get-auth-secret';
import { readCsrfToken } from './read-csrf-token';

export async function getCsrfToken(): Promise<string | null> {
  const value = (await cookies()).get(authCookieNames().csrf)?.value;
  return readCsrfToken(value, getAuthSecret());
}
