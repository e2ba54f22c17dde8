// The one way into every form and state-changing route: the same-origin rule, the role, a body read with a limit as it
// streams, the fields checked (text PostgreSQL can store) and parsed, an optional rate limit, then the handler. Errors
// come back in the contract's shape: JSON {"error":{"field","message"}} for Accept: application/json, else a 303 back
// to the form carrying the message's code.
import { isPostgresText } from '@/db/postgres-values';
import { getCurrentUserFromRequest } from '@/lib/auth/get-current-user';
import { hasRole, type CurrentUser } from '@/lib/auth/user-role';
import { getConfig } from '@/lib/config';
import { isLocale, localePath, splitLocale, type Locale } from '@/lib/i18n/locales';
import { consumeRateLimit, type RateLimitOptions } from '@/lib/rate-limit/consume-rate-limit';
import { getClientIp } from './client-ip';
import { fail, failureFromIssue, failureResponse, type Failure } from './failure-response';
import { formMessage, type FormMessageCode, type MessageParams } from './form-messages';
import { isSameOrigin } from './is-same-origin';
import { MAX_FORM_BYTES, readForm } from './read-form';
import { wantsJson } from './wants-json';

export type Access = 'public' | 'reader' | 'staff' | 'admin';
type UserFor<A extends Access> = A extends 'public' ? CurrentUser | null : CurrentUser;

/** What the parser sees: the form's fields (the query's on GET), the body as text, and the clock. */
export type RawInput = { fields: Record<string, string>; text: string; query: URLSearchParams; now: Date };
export type Parsed<T> = { ok: true; value: T } | Failure;
type Schema<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } };

/** Limits consumed in order after the input is valid; the first one spent answers 429 with this code. */
export type RouteRateLimit<T, A extends Access> = {
  limits: (context: { input: T; user: UserFor<A>; clientIp: string }) => Omit<RateLimitOptions, 'now'>[];
  code: FormMessageCode;
  params?: (retryAfterSeconds: number) => MessageParams;
};

export type RouteContext<T, A extends Access> = { request: Request; input: T; user: UserFor<A>; now: Date; clientIp: string; json: boolean; locale: Locale };

/** What Next passes a route handler besides the request: the [locale] segment's value for reader routes. */
export type RouteParams = { params?: Promise<Record<string, string | string[] | undefined>> | Record<string, string | string[] | undefined> };

export type RouteOptions<T, A extends Access> = {
  access: A;
  /** A zod schema whose error messages are codes of FORM_MESSAGES, or a parser of the raw input. */
  input?: Schema<T> | ((raw: RawInput) => Parsed<T> | Promise<Parsed<T>>);
  /** Bytes a body may have (a form: a few KB). */
  maxBytes?: number;
  /** The body is text (a beacon), not form fields. */
  textBody?: boolean;
  /** Origins besides APP_URL's that may post here (a newsroom's own site embedding the appeal). */
  allowedOrigins?: () => readonly string[];
  /** RFC 8058: a mail provider's one-click unsubscribe (body List-Unsubscribe=One-Click, the signed token in the URL)
   * comes from no site at all, so that exact post, and only it, is let past the origin rule. */
  oneClick?: boolean;
  /** Where a plain browser goes back to on an error; a form route also sends anonymous browsers to sign in. Without
   * it the route is an API: errors are always JSON. */
  backTo?: string | ((fields: Record<string, string>) => string);
  rateLimit?: RouteRateLimit<T, A>;
  /** Defaults to APP_URL (tests run the same routes under other addresses). */
  appUrl?: string;
  /** The language of the route's answers; else the [locale] route param, else the path's /ru prefix, else English. A
   * posted `locale` field (the page the form was on) wins over all of these. */
  locale?: Locale;
  now?: Date;
  handle: (context: RouteContext<T, A>) => Promise<Response | Failure>;
};

const noStore = { 'cache-control': 'no-store' };

export function routeHandler<T = Record<string, string>, A extends Access = Access>(options: RouteOptions<T, A>): (request: Request, context?: RouteParams) => Promise<Response> {
  return async (request, routeContext) => {
    const now = options.now ?? new Date();
    let locale = options.locale ?? (await routeLocale(request, routeContext));
    const json = wantsJson(request);
    const appUrl = options.appUrl ?? getConfig().APP_URL;
    const reading = request.method !== 'GET' && request.method !== 'HEAD';
    const backTo = (fields: Record<string, string>) => (typeof options.backTo === 'function' ? options.backTo(fields) : (options.backTo ?? null));
    const answer = (failure: Failure, fields: Record<string, string> = {}) => failureResponse(request, failure, backTo(fields), locale);
    // Refused before anything is read or written: another site's page cannot make a signed-in browser act.
    const sameOrigin = !reading || isSameOrigin(request, { appUrl, allowedOrigins: options.allowedOrigins?.() });
    if (!sameOrigin && !options.oneClick) return crossSiteResponse(locale);
    const user = await getCurrentUserFromRequest(request);
    if (options.access !== 'public') {
      if (!user) {
        if (json || !options.backTo) return Response.json({ error: { field: null, message: formMessage('sign_in_required', {}, locale) } }, { status: 401, headers: noStore });
        const path = (backTo({}) ?? '/').split(/[?#]/)[0];
        return new Response(null, { status: 303, headers: { location: `${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(path)}`, ...noStore } });
      }
      if (!hasRole(user, options.access)) {
        return Response.json({ error: { field: null, message: formMessage('role_forbidden', {}, locale) } }, { status: 403, headers: noStore });
      }
    }
    const query = new URL(request.url).searchParams;
    let raw: RawInput = { fields: Object.fromEntries(query), text: '', query, now };
    if (reading) {
      const form = await readForm(request, { maxBytes: options.maxBytes ?? MAX_FORM_BYTES, asText: options.textBody });
      if (!form.ok) return sameOrigin ? answer(fail(form.status, form.code)) : crossSiteResponse(locale);
      if (!sameOrigin && !isOneClickPost(form.fields)) return crossSiteResponse(locale);
      raw = { ...raw, fields: form.fields, text: form.text };
    }
    // A form may say which language its page was in (the account's forms post to /api, the embedded appeal to English paths).
    if (isLocale(raw.fields.locale)) locale = raw.fields.locale;
    // Text PostgreSQL cannot hold (a NUL, a lone surrogate) is refused here, once, for every field of every route.
    const unstorable = [...query, ...Object.entries(raw.fields)].find(([name, value]) => !isPostgresText(name) || !isPostgresText(value));
    if (unstorable) return answer(fail(400, 'field_invalid', { field: isPostgresText(unstorable[0]) ? unstorable[0] : 'form' }));
    const parsed = await parseInput(options.input, raw);
    if (!parsed.ok) return answer(parsed, raw.fields);
    const context = { request, input: parsed.value, user: user as UserFor<A>, now, clientIp: getClientIp(request.headers), json, locale };
    const limited = options.rateLimit && (await consumeRouteRateLimit(options.rateLimit, context, now));
    if (limited) return answer(limited, raw.fields);
    const outcome = await options.handle(context);
    return outcome instanceof Response ? outcome : answer(outcome, raw.fields);
  };
}

/** The answer to a state-changing request from another site (or from no site): 403, nothing read or written. */
export function crossSiteResponse(locale: Locale = 'en'): Response {
  return Response.json({ error: { field: null, message: formMessage('cross_site', {}, locale) } }, { status: 403, headers: noStore });
}

/** The reader route's language: its [locale] param (the proxy rewrites /x to /en/x and keeps /ru/x), else the path's
 * prefix (a handler called directly with a /ru/ URL), else English. */
export async function routeLocale(request: Request, context?: RouteParams): Promise<Locale> {
  const params = context?.params ? await context.params : undefined;
  const value = params?.locale;
  if (isLocale(value)) return value;
  return splitLocale(new URL(request.url).pathname).locale ?? 'en';
}

/** RFC 8058's one-click body. */
export function isOneClickPost(fields: Record<string, string>): boolean {
  return fields['List-Unsubscribe'] === 'One-Click' && Object.keys(fields).length === 1;
}

async function parseInput<T>(input: RouteOptions<T, Access>['input'], raw: RawInput): Promise<Parsed<T>> {
  if (!input) return { ok: true, value: raw.fields as T };
  if (typeof input === 'function') return input(raw);
  const result = input.safeParse(raw.fields);
  if (result.success) return { ok: true, value: result.data };
  return failureFromIssue(result.error.issues[0]);
}

async function consumeRouteRateLimit<T, A extends Access>(rateLimit: RouteRateLimit<T, A>, context: RouteContext<T, A>, now: Date): Promise<Failure | null> {
  for (const limit of rateLimit.limits(context)) {
    const rate = await consumeRateLimit({ ...limit, now });
    if (!rate.allowed) {
      return fail(429, rateLimit.code, { field: 'form', params: rateLimit.params?.(rate.retryAfterSeconds), retryAfterSeconds: rate.retryAfterSeconds });
    }
  }
  return null;
}

/** A parser's own result ({ ok, field, message }) as the wrapper's input; its words are for JSON (the staff APIs). */
export function checkedInput<T extends { ok: true }>(result: T | { ok: false; field: string; message: string }): Parsed<Omit<T, 'ok'>> {
  if (!result.ok) return fail(400, 'field_invalid', { field: result.field, message: result.message });
  const { ok: _ok, ...value } = result;
  void _ok;
  return { ok: true, value };
}
