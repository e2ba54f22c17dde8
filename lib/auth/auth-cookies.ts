// next-auth's cookie names: prefixed "__Secure-"/"__Host-" when the site is served over https.
import { getConfig } from '@/lib/config';

export function usesSecureCookies(): boolean {
  return getConfig().APP_URL.startsWith('https://');
}

export function authCookieNames(): { session: string; csrf: string; callbackUrl: string } {
  const secure = usesSecureCookies();
  return {
    session: `${secure ? '__Secure-' : ''}next-auth.session-token`,
    callbackUrl: `${secure ? '__Secure-' : ''}next-auth.callback-url`,
    csrf: `${secure ? '__Host-' : ''}next-auth.csrf-token`,
  };
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}
