// The SQL for "supporters matching these filters, in this order, after this cursor": shared by the list and the CSV export.
import { sql, type SQL } from 'drizzle-orm';
import { isRunningSql } from '@/lib/memberships/running-support';
import type { SupporterCursor } from './supporter-cursor';
import type { SupporterFilters } from './parse-supporter-filters';

function whereClauses(filters: SupporterFilters): SQL[] {
  // Anonymised supporters (deleted accounts) keep their amounts for the reports but have nobody to list.
  const where: SQL[] = [sql`s.email is not null`];
  if (filters.q) {
    const pattern = `%${filters.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(s.email like ${pattern} or lower(s.name) like ${pattern})`);
  }
  // "offset 0" keeps each EXISTS a per-row index probe: pages walk supporters newest first and stop after one page,
  // where PostgreSQL would otherwise hash every matching contribution up front.
  const sub = (condition: SQL) => sql`exists (select 1 from subscriptions x where x.supporter_id = s.id and ${condition} offset 0)`;
  if (filters.frequency === 'monthly') where.push(sub(sql`x.interval = 'month'`));
  if (filters.frequency === 'annual') where.push(sub(sql`x.interval = 'year'`));
  if (filters.frequency === 'once') where.push(sql`exists (select 1 from contributions c where c.supporter_id = s.id and c.frequency = 'once' offset 0)`);
  if (filters.status === 'active') where.push(sub(sql`x.status in ('active', 'trialing') and not x.cancel_at_period_end`));
  if (filters.status === 'cancelling') where.push(sub(sql`x.status in ('active', 'trialing') and x.cancel_at_period_end`));
  // The four are disjoint: running support is active, cancelling or past due; anything else has ended.
  if (filters.status === 'past_due') where.push(sub(sql`x.status = 'past_due'`));
  if (filters.status === 'ended') where.push(sql`${sub(sql`true`)} and not ${sub(isRunningSql(sql`x.status`))}`);
  if (filters.status === 'one_off') where.push(sql`not ${sub(sql`true`)}`);
  if (filters.currency) {
    where.push(sql`(exists (select 1 from contributions c where c.supporter_id = s.id and c.currency = ${filters.currency} offset 0) or ${sub(sql`x.currency = ${filters.currency}`)})`);
  }
  return where;
}

/** Columns of supporters `s` for one page (or batch) of the filtered list. */
export function supporterPageQuery(filters: SupporterFilters, cursor: SupporterCursor | null, limit: number): SQL {
  const where = whereClauses(filters);
  let order: SQL;
  if (filters.sort === 'email') {
    if (cursor) where.push(sql`s.email > ${cursor.value}`);
    order = sql`s.email asc`;
  } else {
    const direction = filters.sort === 'oldest' ? sql`asc` : sql`desc`;
    const compare = filters.sort === 'oldest' ? sql`>` : sql`<`;
    if (cursor) where.push(sql`(s.created_at, s.id) ${compare} (${cursor.value}::timestamptz, ${cursor.id})`);
    order = sql`s.created_at ${direction}, s.id ${direction}`;
  }
  return sql`select s.id, s.email, s.name, s.stripe_customer_id, s.created_at
    from supporters s where ${sql.join(where, sql` and `)} order by ${order} limit ${limit}`;
}

/** The cursor that continues after a row. */
export function cursorAfter(filters: SupporterFilters, row: { id: number; email: string | null; created_at: string | Date }): SupporterCursor {
  if (filters.sort === 'email') return { value: row.email ?? '', id: row.id };
  return { value: new Date(row.created_at).toISOString(), id: row.id };
}
