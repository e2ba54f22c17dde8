// Where a reader's request goes, decided from its path, query and cookies alone (no database): the proxy applies it,
// and the server's page cache asks it first, so a cached answer is only ever the one the app would give.
import { DEFAULT_LOCALE, LOCALE_COOKIE, preferredLocale, splitLocale } from './locales';

/** The query names that make an article show per-request state (lib/appeal/read-appeal-form-state.ts reads them): a
 * plain form's answer, a staff preview, and the choice kept when a reader comes back from Checkout's Cancel. */
export const APPEAL_STATE_KEYS = ['appeal', 'form', 'error', 'reminder', 'preview', 'frequency', 'amount', 'currency'] as const;

export type ReaderRoute =
  | { kind: 'redirect'; location: string; status: 307 | 308 }
  /** Served by the app's page at `pathname` (the language always explicit inside the app). */
  | { kind: 'rewrite'; pathname: string };

export type ReaderRequest = {
  method: string;
  pathname: string;
  search: string;
  /** The reader's saved language, from the rr_locale cookie. */
  localeCookie: string | undefined;
  acceptLanguage: string | null;
};

/** Paths that are not reader pages: the staff area, APIs, Next's files, the appeal's scripts, files with extensions. */
export function isReaderPath(pathname: string): boolean {
  return !/^\/(api|admin|dev|_next|embed)(\/|$)/.test(pathname) && !/\.[a-z0-9]{1,5}$/i.test(pathname);
}

export function routeReaderRequest(request: ReaderRequest): ReaderRoute {
  const { locale, rest } = splitLocale(request.pathname);
  const navigation = request.method === 'GET' || request.method === 'HEAD';
  // One address per page: English has none of its own prefix.
  if (locale === DEFAULT_LOCALE && navigation) return { kind: 'redirect', location: `${rest}${request.search}`, status: 308 };
  const language = locale ?? DEFAULT_LOCALE;
  if (!locale && navigation) {
    const languages = (request.acceptLanguage ?? '').split(',').map((part) => part.split(';')[0].trim()).filter(Boolean);
    const preferred = preferredLocale({ cookie: request.localeCookie, languages });
    if (preferred !== DEFAULT_LOCALE) return { kind: 'redirect', location: `/${preferred}${rest === '/' ? '' : rest}${request.search}`, status: 307 };
  }
  const query = new URLSearchParams(request.search);
  // A plain form's answer or a staff preview: the article page that reads its query (never cached).
  const article = /^\/articles\/([a-z0-9-]{1,120})$/.exec(rest);
  if (article && navigation && APPEAL_STATE_KEYS.some((key) => query.has(key))) return { kind: 'rewrite', pathname: `/${language}/articles/${article[1]}/state` };
  return { kind: 'rewrite', pathname: `/${language}${rest === '/' ? '' : rest}` };
}

export { LOCALE_COOKIE };
