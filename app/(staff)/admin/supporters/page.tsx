// Supporters list: search, filters, sort, keyset pages and a CSV export of the same selection (staff only).
import type { Metadata } from 'next';
import Link from 'next/link';
import { ScrollRegion } from '@/components/admin/scroll-region';
import { SupporterFiltersForm } from '@/components/admin/supporter-filters-form';
import { describePlan } from '@/lib/admin/describe-plan';
import { listSupporters } from '@/lib/admin/list-supporters';
import { filtersToQuery, parseSupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { toSearchParams } from '@/lib/admin/read-dashboard-query';
import { requireStaff } from '@/lib/auth/require-role';
import { getConfig } from '@/lib/config';
import { formatMinor } from '@/lib/reports/format-report';
import { listCurrencies } from '@/lib/reports/list-currencies';

export const metadata: Metadata = { title: 'Supporters', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupportersPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  await requireStaff(`/admin/supporters${params.size ? `?${params}` : ''}`);
  const parsed = parseSupporterFilters(params);
  const currencies = await listCurrencies();
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: getConfig().REPORT_TIMEZONE });
  if (!parsed.ok) {
    return (
      <div className="space-y-6">
        <h1 className="font-serif text-4xl font-bold">Supporters</h1>
        <SupporterFiltersForm filters={{}} currencies={currencies} />
        <p role="alert" className="rounded border border-accent bg-red-50 p-3 text-accent">{parsed.message}</p>
      </div>
    );
  }
  const { filters } = parsed;
  const page = await listSupporters(filters);
  const cell = 'border-b border-gray-200 px-2 py-2 align-top';
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-4xl font-bold">Supporters</h1>
      <SupporterFiltersForm filters={filters} currencies={currencies} />
      <p className="text-sm">
        <Link href={`/api/admin/exports/supporters?${filtersToQuery(filters)}`} className="underline">Export supporters (CSV)</Link>{' '}
        <span className="text-muted">— everyone matching these filters, not just this page.</span>
      </p>
      {page.rows.length === 0 ? (
        <p>No supporters match.</p>
      ) : (
        <ScrollRegion label="Supporters (scrolls sideways)">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Supporters matching the filters</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="border-b border-gray-400 px-2 py-1">Supporter</th>
                <th scope="col" className="border-b border-gray-400 px-2 py-1">Plan</th>
                <th scope="col" className="border-b border-gray-400 px-2 py-1">Given (net of refunds)</th>
                <th scope="col" className="border-b border-gray-400 px-2 py-1">Last payment</th>
                <th scope="col" className="border-b border-gray-400 px-2 py-1">Since</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    <Link href={`/admin/supporters/${row.id}`} className="font-semibold underline">{row.email}</Link>
                    {row.name && <div className="text-muted">{row.name}</div>}
                  </th>
                  <td className={cell}>
                    {describePlan(row.plan)}
                    {row.runningCount > 1 ? <strong className="block text-accent">Duplicate: {row.runningCount} running subscriptions</strong> : null}
                  </td>
                  <td className={cell}>{row.given.map((g) => formatMinor(g.amount, g.currency)).join(', ') || '—'}</td>
                  <td className={cell}>{row.lastPaidAt ? day.format(row.lastPaidAt) : '—'}</td>
                  <td className={cell}>{day.format(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <nav aria-label="Pages" className="flex gap-4">
        {filters.cursor && <Link href={`/admin/supporters?${filtersToQuery(filters)}`} className="underline">First page</Link>}
        {page.nextCursor && <Link href={`/admin/supporters?${filtersToQuery(filters, { cursor: page.nextCursor })}`} className="underline" rel="next">Next page</Link>}
      </nav>
    </div>
  );
}
