// Currencies that appear in contributions or subscriptions, for the dashboard's currency choice.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

export async function listCurrencies(): Promise<string[]> {
  // A loose index scan: one probe per currency on the (currency, paid_at) index instead of reading every row.
  const result = await db.execute<{ currency: string }>(sql`
    with recursive seen(currency) as (
      (select currency from contributions order by currency limit 1)
      union all
      select (select c.currency from contributions c where c.currency > seen.currency order by c.currency limit 1) from seen where seen.currency is not null
    )
    select currency from seen where currency is not null
    union
    select distinct currency from subscriptions`);
  return [...new Set(result.rows.map((r) => r.currency.trim().toLowerCase()))].sort();
}
