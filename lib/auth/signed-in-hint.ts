// The masthead's hint that this browser is signed in (rr_signed_in, readable by the page's script; it grants nothing:
// the session cookie stays HttpOnly), kept in step with next-auth's session cookie on every uncached request.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
const HINT = 'rr_signed_in';
const SESSION_DAYS = 30;

function names(cookieHeader: string | null): Set<string> {
  return new Set((cookieHeader ?? '').split(';').map((part) => part.split('=')[0].trim()).filter(Boolean));
}

/** Set-Cookie values that bring the hint in line with the session, or none when it already is. */
export function signedInHintCookies(cookieHeader: string | null, secure = (process.env.APP_URL ?? '').startsWith('https://')): string[] {
  const present = names(cookieHeader);
  const session = SESSION_COOKIES.some((name) => present.has(name));
  const flags = `Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
  if (session && !hintSet(cookieHeader)) return [`${HINT}=1; Max-Age=${SESSION_DAYS * 86_400}; ${flags}`];
  // Signed out (or the session cookie expired): the account's supporter hint goes with it.
  if (!session && present.has(HINT)) return [`${HINT}=; Max-Age=0; ${flags}`, `rr_supporter=; Max-Age=0; ${flags}`];
  return [];
}

function hintSet(cookieHeader: string | null): boolean {
  return /(?:^|;\s*)rr_signed_in=1(?:;|$)/.test(cookieHeader ?? '');
}
