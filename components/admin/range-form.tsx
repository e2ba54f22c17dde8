// The dashboard's range and currency choice: a plain GET form, so links and the back button keep the view.
type Props = { preset: string; from: string; to: string; currency: string | null; currencies: string[] };

const presets = [
  { value: 'mtd', label: 'This month' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: '90d', label: 'Last 90 days' },
  { value: 'ytd', label: 'Year to date' },
  { value: 'custom', label: 'Custom dates' },
];

export function RangeForm({ preset, from, to, currency, currencies }: Props) {
  const field = 'mt-1 block h-9 w-full rounded border border-gray-500 bg-white px-2 py-1 sm:w-auto';
  return (
    <form method="get" action="/admin" className="grid grid-cols-2 items-end gap-3 rounded border border-gray-300 bg-white p-4 sm:flex sm:flex-wrap sm:gap-4" aria-label="Report range">
      <div>
        <label htmlFor="range" className="block text-sm font-semibold">Range</label>
        <select id="range" name="range" defaultValue={preset} className={field}>
          {presets.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="currency" className="block text-sm font-semibold">Currency</label>
        <select id="currency" name="currency" defaultValue={currency ?? ''} className={field}>
          <option value="">All currencies</option>
          {currencies.map((c) => <option key={c} value={c}>{c.toUpperCase()}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="from" className="block text-sm font-semibold">From</label>
        <input id="from" name="from" type="date" defaultValue={from} className={field} />
      </div>
      <div>
        <label htmlFor="to" className="block text-sm font-semibold">To</label>
        <input id="to" name="to" type="date" defaultValue={to} className={field} />
      </div>
      <button type="submit" className="col-span-2 rounded bg-ink px-4 py-2 font-semibold text-white">Show</button>
      <p className="col-span-2 w-full text-sm text-muted">Dates are days in the publication’s time zone. Choosing dates uses them as a custom range.</p>
    </form>
  );
}
