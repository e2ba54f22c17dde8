// How a refused request is answered: JSON {"error":{"field","message"}} for scripts; for a plain browser a 303 back to
// the form with the message's code (the page looks up the words), a small 404 page, or a 429 with Retry-After.
import { escapeHtml } from '@/lib/email/escape-html';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { FORM_MESSAGES, formMessage, isFormMessageCode, type FormMessageCode, type MessageParams } from './form-messages';
import { safeReturnPath } from './safe-return-path';
import { wantsJson } from './wants-json';

// Only the path is kept; the origin is resolved against for the one return-path rule.
const PLACEHOLDER = 'http://placeholder';

export type Failure = {
  ok: false;
  status: number;
  code: FormMessageCode;
  field?: string;
  /** Values for the message's placeholders, from validated input. */
  params?: MessageParams;
  /** Query parameters that keep what the reader chose, put back in the form. */
  keep?: Record<string, string>;
  /** Where this error sends a plain browser, instead of the route's default. */
  backTo?: string;
  retryAfterSeconds?: number;
  /** Words for JSON only, from the server's own parser (the staff APIs); a redirect still carries just the code. */
  message?: string;
};

export function fail(status: number, code: FormMessageCode, extra: Omit<Failure, 'ok' | 'status' | 'code'> = {}): Failure {
  return { ok: false, status, code, ...extra };
}

/** A zod issue as a failure: its message is a code of FORM_MESSAGES (anything else shows as "check this field"). */
export function failureFromIssue(issue: { path: PropertyKey[]; message: string } | undefined, fallbackField = 'form'): Failure {
  const code = isFormMessageCode(issue?.message) ? issue.message : 'field_invalid';
  return fail(400, code, { field: String(issue?.path[0] ?? fallbackField) });
}

/** `backTo` is the form's page; without one the route is an API and always answers JSON. */
export function failureResponse(request: Request, failure: Failure, defaultBackTo: string | null, locale: Locale = 'en'): Response {
  const code = isFormMessageCode(failure.code) ? failure.code : 'field_invalid';
  const headers: Record<string, string> = {};
  if (failure.retryAfterSeconds) headers['Retry-After'] = String(failure.retryAfterSeconds);
  const message = failure.message ?? formMessage(code, failure.params, locale) ?? formMessage('field_invalid', {}, locale) ?? FORM_MESSAGES.field_invalid;
  const t = translatorFor(locale, 'forms');
  if (wantsJson(request) || defaultBackTo === null) return Response.json({ error: { field: failure.field ?? null, message } }, { status: failure.status, headers });
  const back = new URL(safeReturnPath(failure.backTo ?? defaultBackTo ?? '/', { appUrl: PLACEHOLDER }), PLACEHOLDER);
  // A 429 keeps its status so that Retry-After means something; browsers still show the text.
  if (failure.status === 429) {
    return new Response(t('tooManyRequests', { seconds: String(failure.retryAfterSeconds ?? 60) }), {
      status: 429,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  if (failure.status === 404) return notFoundPage(message, back.pathname, locale);
  for (const [k, v] of Object.entries(failure.keep ?? {})) back.searchParams.set(k, v);
  back.searchParams.set('error', code);
  if (failure.field) back.searchParams.set('field', failure.field);
  return new Response(null, { status: 303, headers: { ...headers, location: `${back.pathname}${back.search}${back.hash}` } });
}

function notFoundPage(message: string, backPath: string, locale: Locale): Response {
  const t = translatorFor(locale, 'forms');
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(t('notFound.title'))}</title></head><body><main><h1>${escapeHtml(t('notFound.title'))}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(backPath)}">${escapeHtml(t('notFound.back'))}</a></p></main></body></html>`;
  return new Response(body, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
