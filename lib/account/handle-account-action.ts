// The one way into every account action: a signed-in reader, a same-site form, a rate limit, then the action;
// answers JSON to scripts and a redirect back to /account (with the message shown) to plain browsers.
import { authCookieNames, usesSecureCookies } from '@/lib/auth/auth-cookies';
import { getCurrentUserFromRequest } from '@/lib/auth/get-current-user';
import { getConfig } from '@/lib/config';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import type { AccountActionResult, AccountUser } from './account-types';

export type AccountAction = (input: { user: AccountUser; fields: Record<string, string>; now: Date }) => Promise<AccountActionResult>;

const noStore = { 'cache-control': 'no-store' };

/** A form posted from another site (Origin set and neither ours nor this host): refused. No Origin is an old browser or a script. */
function isCrossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return origin !== new URL(getConfig().APP_URL).origin && new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function notFoundPage(message: string): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><h1>Not found</h1><p>${message}</p><p><a href="/account">Back to your account</a></p></main></body></html>`;
  return new Response(body, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', ...noStore } });
}

export async function handleAccountAction(request: Request, action: AccountAction, options: { now?: Date } = {}): Promise<Response> {
  const now = options.now ?? new Date();
  const json = wantsJson(request);
  const user = await getCurrentUserFromRequest(request);
  if (!user) {
    if (json) return Response.json({ error: { field: null, message: 'Sign in to manage your support.' } }, { status: 401, headers: noStore });
    return new Response(null, { status: 303, headers: { location: '/signin?callbackUrl=%2Faccount', ...noStore } });
  }
  if (isCrossSite(request)) return Response.json({ error: { field: null, message: 'This form must be sent from our own site.' } }, { status: 403, headers: noStore });
  const form = await readForm(request);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: '/account' });
  // Each action may call Stripe; a reader never needs dozens a minute.
  const rate = await consumeRateLimit({ key: `account:user:${user.id}`, limit: 30, windowSeconds: 600, now });
  if (!rate.allowed) {
    return formError(request, { status: 429, message: 'Too many changes in a short time. Please wait a few minutes.', retryAfterSeconds: rate.retryAfterSeconds, backTo: '/account' });
  }
  const result = await action({ user, fields: form.fields, now });
  if (!result.ok) {
    if (result.status === 404 && !json) return notFoundPage(result.message);
    return formError(request, { status: result.status, field: result.field, message: result.message, backTo: `/account#${result.anchor ?? 'support-settings'}`, keep: result.keep });
  }
  const headers = new Headers(noStore);
  if (result.signOut) headers.append('set-cookie', `${authCookieNames().session}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${usesSecureCookies() ? '; Secure' : ''}`);
  if (json) return Response.json({ ok: true, notice: result.notice, redirectTo: result.redirectTo ?? null }, { headers });
  headers.set('location', result.redirectTo ?? `/account?notice=${encodeURIComponent(result.notice)}`);
  return new Response(null, { status: 303, headers });
}
