// One page of the supporters list, keyset-paginated, with each row's plan and giving summed for that page only.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { isRunningSql } from '@/lib/memberships/running-support';
import type { SupporterFilters } from './parse-supporter-filters';
import { decodeCursor, encodeCursor } from './supporter-cursor';
import { cursorAfter, supporterPageQuery } from './supporter-query';

export type SupporterListRow = {
  id: number;
  email: string;
  name: string | null;
  createdAt: Date;
  plan: { interval: 'month' | 'year'; amount: number; currency: string; status: string; cancelAtPeriodEnd: boolean } | null;
  /** Running subscriptions: more than one means the reader is charged for each (paid twice). */
  runningCount: number;
  given: { currency: string; amount: number }[];
  lastPaidAt: Date | null;
};

export type SupporterPage = { rows: SupporterListRow[]; nextCursor: string | null };

type BaseRow = { id: number; email: string; name: string | null; stripe_customer_id: string | null; created_at: string | Date };
type PlanRow = { supporter_id: number; interval: 'month' | 'year'; amount: number; currency: string; status: string; cancel_at_period_end: boolean; running: number };
type GivenRow = { supporter_id: number; currency: string; amount: number; last_paid_at: string | Date | null };

export async function listSupporters(filters: SupporterFilters): Promise<SupporterPage> {
  const cursor = decodeCursor(filters.cursor);
  const page = await db.execute<BaseRow>(supporterPageQuery(filters, cursor, filters.limit + 1));
  const hasMore = page.rows.length > filters.limit;
  const base = page.rows.slice(0, filters.limit);
  if (base.length === 0) return { rows: [], nextCursor: null };
  const ids = sql.join(base.map((r) => sql`${r.id}`), sql`, `);
  const [plans, given] = await Promise.all([
    db.execute<PlanRow>(sql`
      select distinct on (supporter_id) supporter_id, interval, amount, currency, status, cancel_at_period_end,
        (count(*) filter (where ${isRunningSql(sql`status`)}) over (partition by supporter_id))::int as running
      from subscriptions where supporter_id in (${ids}) and status not in ('incomplete', 'incomplete_expired')
      order by supporter_id, started_at desc`),
    db.execute<GivenRow>(sql`
      select supporter_id, currency, sum(amount - amount_refunded)::float8 as amount, max(paid_at) as last_paid_at
      from contributions where supporter_id in (${ids}) and paid_at is not null
      group by supporter_id, currency`),
  ]);
  // Grouped once: a thousand-row export batch must not search the lists row by row.
  const planBySupporter = new Map(plans.rows.map((p) => [Number(p.supporter_id), p]));
  const givenBySupporter = new Map<number, GivenRow[]>();
  for (const g of given.rows) givenBySupporter.set(Number(g.supporter_id), [...(givenBySupporter.get(Number(g.supporter_id)) ?? []), g]);
  const rows = base.map((row): SupporterListRow => {
    const plan = planBySupporter.get(Number(row.id));
    const mine = givenBySupporter.get(Number(row.id)) ?? [];
    const last = mine.map((g) => (g.last_paid_at ? new Date(g.last_paid_at).getTime() : 0)).reduce((a, b) => Math.max(a, b), 0);
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      createdAt: new Date(row.created_at),
      runningCount: plan ? Number(plan.running) : 0,
      plan: plan ? { interval: plan.interval, amount: Number(plan.amount), currency: plan.currency.trim(), status: plan.status, cancelAtPeriodEnd: plan.cancel_at_period_end } : null,
      given: mine.map((g) => ({ currency: g.currency.trim(), amount: Number(g.amount) })).sort((a, b) => a.currency.localeCompare(b.currency)),
      lastPaidAt: last ? new Date(last) : null,
    };
  });
  const lastRow = base[base.length - 1];
  return { rows, nextCursor: hasMore ? encodeCursor(cursorAfter(filters, lastRow)) : null };
}
