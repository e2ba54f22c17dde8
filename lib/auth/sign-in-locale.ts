// The language of a sign-in, read from its callbackUrl: the sign-in page in /ru/ asks to come back to a /ru/ page, and
// next-auth carries that callbackUrl through every step (the POST that asks for a link, the link in the email, the
// callback it opens). So the email, next-auth's redirects and the pages after it all agree, with nothing stored and no
// field next-auth does not know; an absent or foreign callbackUrl means English.
import { splitLocale, type Locale } from '@/lib/i18n/locales';

export function localeOfCallback(callbackUrl: string | null | undefined): Locale {
  if (!callbackUrl) return 'en';
  try {
    return splitLocale(new URL(callbackUrl, 'http://placeholder').pathname).locale ?? 'en';
  } catch {
    return 'en';
  }
}

/** The callbackUrl a next-auth request carries: in its query (the emailed link, GETs) or its form body (POSTs), else
 * the one next-auth keeps in its callback-url cookie (its own hops, /api/auth/verify-request and /api/auth/error, carry
 * none). */
export function localeOfAuthRequest(url: string, body?: string, savedCallbackUrl?: string): Locale {
  const fromQuery = new URL(url).searchParams.get('callbackUrl');
  if (fromQuery) return localeOfCallback(fromQuery);
  const fromBody = body ? new URLSearchParams(body).get('callbackUrl') : null;
  return localeOfCallback(fromBody ?? savedCallbackUrl);
}

/** The sign-in link's own language: its callbackUrl parameter. */
export function localeOfSignInLink(link: string): Locale {
  try {
    return localeOfCallback(new URL(link).searchParams.get('callbackUrl'));
  } catch {
    return 'en';
  }
}
