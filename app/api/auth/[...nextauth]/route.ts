// next-auth's endpoints: CSRF token, email sign-in, the magic-link callback, sign-out.
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { isPostgresText } from '@/db/postgres-values';
import { getAuthOptions } from '@/lib/auth/get-auth-options';
import { getConfig } from '@/lib/config';
import { getClientIp } from '@/lib/http/client-ip';
import { isSameOrigin } from '@/lib/http/is-same-origin';
import { readBody } from '@/lib/http/read-body';
import { MAX_FORM_BYTES } from '@/lib/http/read-form';
import { crossSiteResponse } from '@/lib/http/route-handler';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { CALLBACK_LOOPS, DEFAULT_CALLBACK_PATH } from '@/lib/auth/callback-path';
import { authCookieNames, readCookie } from '@/lib/auth/auth-cookies';
import { localeOfAuthRequest } from '@/lib/auth/sign-in-locale';
import { formMessage } from '@/lib/http/form-messages';
import { localePath, type Locale } from '@/lib/i18n/locales';

type Context = { params: Promise<{ nextauth: string[] }> };

// Every callbackUrl next-auth redirects to goes through the site's one return-path rule (the landing page in the
// sign-in's language when the callbackUrl would loop).
const safeRedirect = (locale: Locale) => (url: string) => safeReturnPath(url, { fallback: localePath(locale, DEFAULT_CALLBACK_PATH), avoid: CALLBACK_LOOPS });

// Options are built per request so that the database handle and configuration are the current ones, and next-auth's
// pages are the sign-in's language (read from its callbackUrl).
function nextAuth(request: Request, context: Context, body?: string) {
  const locale = localeOfAuthRequest(request.url, body, readCookie(request.headers.get('cookie'), authCookieNames().callbackUrl));
  return NextAuth(request as never, context as never, getAuthOptions({ clientIp: getClientIp(request.headers), safeRedirect: safeRedirect(locale), locale }));
}

// An address or token PostgreSQL cannot hold (a NUL byte) is refused before next-auth looks it up.
const unstorable = (fields: URLSearchParams) => [...fields].some(([name, value]) => !isPostgresText(name) || !isPostgresText(value));
const refused = (locale: Locale = 'en') => Response.json({ error: { field: 'email', message: formMessage('field_invalid', {}, locale) } }, { status: 400 });

function handler(request: Request, context: Context, body?: string) {
  return unstorable(new URL(request.url).searchParams) ? refused(localeOfAuthRequest(request.url, body)) : nextAuth(request, context, body);
}

// next-auth checks its own CSRF token and reads the body whole; the site's origin rule and streamed size limit come first.
async function post(request: Request, context: Context) {
  if (!isSameOrigin(request, { appUrl: getConfig().APP_URL })) return crossSiteResponse();
  const body = await readBody(request, MAX_FORM_BYTES);
  if (!body.ok) return Response.json({ error: { field: null, message: formMessage(body.status === 413 ? 'form_too_large' : 'form_unreadable', {}, localeOfAuthRequest(request.url)) } }, { status: body.status });
  const text = new TextDecoder().decode(body.bytes);
  if (unstorable(new URLSearchParams(text))) return refused(localeOfAuthRequest(request.url, text));
  return handler(new NextRequest(request.url, { method: 'POST', headers: request.headers, body: body.bytes }), context, text);
}

function get(request: Request, context: Context) {
  return handler(request, context);
}

export { get as GET, post as POST };
