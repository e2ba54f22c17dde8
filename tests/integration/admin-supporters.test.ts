// The supporters list: search, filters, sorts and keyset pages that visit every match exactly once.
import { beforeAll, describe, expect, it } from 'vitest';
import { listSupporters } from '@/lib/admin/list-supporters';
import { parseSupporterFilters, type SupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { getSupporterDetails } from '@/lib/admin/get-supporter-details';
import { useTestDatabase } from '../helpers/test-database';
import { insertReportHistory } from './report-history';

function filters(query: string): SupporterFilters {
  const parsed = parseSupporterFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.filters;
}

async function allEmails(query: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await listSupporters({ ...filters(query), cursor });
    seen.push(...page.rows.map((r) => r.email));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('supporters list', () => {
  const database = useTestDatabase();
  beforeAll(async () => insertReportHistory(database().db));

  it('pages through everyone once, in each sort order', async () => {
    const byEmail = await allEmails('sort=email&limit=3');
    expect(byEmail).toEqual([...byEmail].sort());
    expect(byEmail).toHaveLength(10);
    const newest = await allEmails('limit=4');
    expect(new Set(newest).size).toBe(10);
    expect(await allEmails('sort=oldest&limit=2')).toEqual([...newest].reverse());
  });

  it('searches by email or name and filters by frequency, status and currency', async () => {
    expect(await allEmails('q=S10@')).toEqual(['s10@example.org']);
    expect(await allEmails('q=supporter 7')).toEqual(['s7@example.org']);
    expect(await allEmails('frequency=annual&sort=email')).toEqual(['s10@example.org', 's7@example.org']);
    expect(await allEmails('status=cancelling')).toEqual(['s6@example.org']);
    expect(await allEmails('status=past_due')).toEqual(['s8@example.org']);
    expect(await allEmails('status=ended&sort=email')).toEqual(['s4@example.org', 's9@example.org']);
    expect(await allEmails('currency=gbp')).toEqual(['s2@example.org']);
    expect(await allEmails('status=one_off&sort=email')).toEqual(['s1@example.org', 's2@example.org', 's3@example.org']);
    expect(await allEmails('q=%25')).toEqual([]);
  });

  it('shows each row’s plan and net giving', async () => {
    const [row] = (await listSupporters(filters('q=s3@'))).rows;
    // 3000 + 2000 (refunded in full) in dollars, 1500 in euros.
    expect(row.given).toEqual([{ currency: 'eur', amount: 1500 }, { currency: 'usd', amount: 3000 }]);
    const [annual] = (await listSupporters(filters('q=s7@'))).rows;
    expect(annual.plan).toEqual({ interval: 'year', amount: 12000, currency: 'usd', status: 'active', cancelAtPeriodEnd: false });
  });

  it('loads one supporter with every subscription and contribution', async () => {
    const [row] = (await listSupporters(filters('q=s1@'))).rows;
    const details = await getSupporterDetails(row.id);
    expect(details?.contributions.map((c) => c.amount)).toEqual([500, 4000, 2500]);
    expect(await getSupporterDetails(999999)).toBeNull();
  });
});
