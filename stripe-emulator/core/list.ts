// Stripe list pagination: newest first, limit (1..100, default 10), starting_after / ending_before cursors.
import type Stripe from 'stripe';
import { invalidRequest, resourceMissing } from './errors';
import type { Params } from './params';

export interface ListQuery {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

export function paginate<T extends { id: string }>(items: T[], query: Params, url: string): Stripe.ApiList<T> {
  const { limit = 10, starting_after, ending_before } = query as ListQuery;
  if (limit < 1 || limit > 100) throw invalidRequest('Invalid limit: must be between 1 and 100', 'limit');
  let page: T[];
  let hasMore: boolean;
  if (starting_after) {
    const at = items.findIndex((i) => i.id === starting_after);
    if (at < 0) throw resourceMissing('object', starting_after, 'starting_after');
    const rest = items.slice(at + 1);
    page = rest.slice(0, limit);
    hasMore = rest.length > limit;
  } else if (ending_before) {
    const at = items.findIndex((i) => i.id === ending_before);
    if (at < 0) throw resourceMissing('object', ending_before, 'ending_before');
    const before = items.slice(0, at);
    page = before.slice(Math.max(0, before.length - limit));
    hasMore = before.length > limit;
  } else {
    page = items.slice(0, limit);
    hasMore = items.length > limit;
  }
  return { object: 'list', data: page, has_more: hasMore, url };
}

/** Newest first, as Stripe lists; ties keep reverse insertion order. */
export function newestFirst<T extends { created: number }>(record: Record<string, T>): T[] {
  const values = Object.values(record);
  const order = new Map(values.map((v, i) => [v, i]));
  return values.sort((a, b) => b.created - a.created || order.get(b)! - order.get(a)!);
}

/** Matches Stripe's `created` filter: an exact integer or {gt, gte, lt, lte}. */
export function matchesRange(value: number, filter: unknown): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'number') return value === filter;
  const f = filter as Partial<Record<'gt' | 'gte' | 'lt' | 'lte', number>>;
  if (f.gt !== undefined && !(value > f.gt)) return false;
  if (f.gte !== undefined && !(value >= f.gte)) return false;
  if (f.lt !== undefined && !(value < f.lt)) return false;
  if (f.lte !== undefined && !(value <= f.lte)) return false;
  return true;
}

export function emptyList<T>(url: string): Stripe.ApiList<T> {
  return { object: 'list', data: [], has_more: false, url };
}

/** A list endpoint's page: newest first, keeping the objects whose named fields equal the given parameters (those
 * given) and, when asked, whose `created` is in range. */
export function listWhere<T extends { id: string; created: number }>(record: Record<string, T>, query: Params, url: string, fields: (keyof T & string)[]): Stripe.ApiList<T> {
  const matches = (item: T) => fields.every((f) => query[f] === undefined || item[f] === query[f]) && matchesRange(item.created, query.created);
  return paginate(newestFirst(record).filter(matches), query, url);
}
