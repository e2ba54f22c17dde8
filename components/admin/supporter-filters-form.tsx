// Search and filters for the supporters list: a plain GET form.
import type { SupporterFilters } from '@/lib/admin/parse-supporter-filters';

const field = 'mt-1 block rounded border border-gray-500 bg-white px-2 py-1';

export function SupporterFiltersForm({ filters, currencies }: { filters: Partial<SupporterFilters>; currencies: string[] }) {
  return (
    <form method="get" action="/admin/supporters" role="search" aria-label="Supporters" className="flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4">
      <div className="grow">
        <label htmlFor="q" className="block text-sm font-semibold">Search by email or name</label>
        <input id="q" name="q" type="search" defaultValue={filters.q ?? ''} className={`${field} w-full`} />
      </div>
      <div>
        <label htmlFor="frequency" className="block text-sm font-semibold">Frequency</label>
        <select id="frequency" name="frequency" defaultValue={filters.frequency ?? ''} className={field}>
          <option value="">Any</option><option value="once">One-off</option><option value="monthly">Monthly</option><option value="annual">Annual</option>
        </select>
      </div>
      <div>
        <label htmlFor="status" className="block text-sm font-semibold">Status</label>
        <select id="status" name="status" defaultValue={filters.status ?? ''} className={field}>
          <option value="">Any</option><option value="active">Active</option><option value="cancelling">Cancelling</option>
          <option value="past_due">Past due</option><option value="ended">Ended</option><option value="one_off">One-off only</option>
        </select>
      </div>
      <div>
        <label htmlFor="currency" className="block text-sm font-semibold">Currency</label>
        <select id="currency" name="currency" defaultValue={filters.currency ?? ''} className={field}>
          <option value="">Any</option>
          {currencies.map((c) => <option key={c} value={c}>{c.toUpperCase()}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="sort" className="block text-sm font-semibold">Sort by</label>
        <select id="sort" name="sort" defaultValue={filters.sort ?? 'newest'} className={field}>
          <option value="newest">Newest first</option><option value="oldest">Oldest first</option><option value="email">Email (A–Z)</option>
        </select>
      </div>
      <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">Search</button>
    </form>
  );
}
