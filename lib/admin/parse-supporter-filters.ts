// The supporters list's query string: search, filters, sort, cursor and page size, with clear errors for bad values.
import { z } from 'zod';
import { isIsoInstant, isPostgresText } from '@/db/postgres-values';
import { parseCurrency } from '@/lib/reports/parse-currency';
import { decodeCursor } from './supporter-cursor';

export const SUPPORTER_SORTS = ['newest', 'oldest', 'email'] as const;
export const SUPPORTER_STATUSES = ['active', 'cancelling', 'past_due', 'ended', 'one_off'] as const;
export const MAX_PAGE_SIZE = 100;

export type SupporterFilters = {
  q: string | null;
  frequency: 'once' | 'monthly' | 'annual' | null;
  status: (typeof SUPPORTER_STATUSES)[number] | null;
  currency: string | null;
  sort: (typeof SUPPORTER_SORTS)[number];
  cursor: string | null;
  limit: number;
};

const schema = z.object({
  q: z.string().trim().max(200, 'Search for at most 200 characters.').refine(isPostgresText, 'Search for letters, digits and punctuation only.').optional(),
  frequency: z.enum(['once', 'monthly', 'annual'], { error: 'Frequency must be once, monthly or annual.' }).optional(),
  status: z.enum(SUPPORTER_STATUSES, { error: `Status must be one of ${SUPPORTER_STATUSES.join(', ')}.` }).optional(),
  sort: z.enum(SUPPORTER_SORTS, { error: `Sort must be one of ${SUPPORTER_SORTS.join(', ')}.` }).default('newest'),
  cursor: z.string().max(500, 'That page link is not valid.').regex(/^[A-Za-z0-9_-]+$/, 'That page link is not valid.').optional(),
  limit: z.coerce.number({ error: 'Page size must be a whole number.' }).int('Page size must be a whole number.')
    .min(1, 'Page size must be at least 1.').max(MAX_PAGE_SIZE, `Page size must be at most ${MAX_PAGE_SIZE}.`).default(50),
});

export type FiltersResult = { ok: true; filters: SupporterFilters } | { ok: false; field: string; message: string };

export function parseSupporterFilters(params: URLSearchParams): FiltersResult {
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v.trim() !== ''));
  const currency = parseCurrency(raw.currency);
  if (!currency.ok) return currency;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: String(issue.path[0] ?? 'query'), message: issue.message };
  }
  const { q, frequency, status, sort, cursor, limit } = parsed.data;
  // A cursor holds the last row's sort value: an instant for newest/oldest (as the list wrote it), an email for email order.
  const decoded = decodeCursor(cursor ?? null);
  if (cursor && (!decoded || (sort !== 'email' && !isIsoInstant(decoded.value)))) {
    return { ok: false, field: 'cursor', message: 'That page link is not valid: go back to the first page.' };
  }
  return { ok: true, filters: { q: q || null, frequency: frequency ?? null, status: status ?? null, currency: currency.currency, sort, cursor: cursor ?? null, limit } };
}

/** The filters as a query string (without cursor), for links to the next page and to exports. */
export function filtersToQuery(filters: SupporterFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.frequency) params.set('frequency', filters.frequency);
  if (filters.status) params.set('status', filters.status);
  if (filters.currency) params.set('currency', filters.currency);
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}
