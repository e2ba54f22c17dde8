// Exports: CSV downloads of supporters, contributions and confirmed newsletter subscribers (staff only; every download is audited).
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/lib/auth/require-role';

export const metadata: Metadata = { title: 'Exports', robots: { index: false } };

export default async function ExportsPage() {
  await requireStaff('/admin/exports');
  const field = 'mt-1 block rounded border border-gray-500 bg-white px-2 py-1';
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="font-serif text-4xl font-bold">Exports</h1>
      <p>Each file holds personal data. Every download is recorded in the audit log with your address, the filter and the number of rows.</p>
      <section aria-labelledby="export-contributions" className="space-y-3">
        <h2 id="export-contributions" className="font-serif text-2xl font-bold">Contributions</h2>
        <form method="get" action="/api/admin/exports/contributions" className="flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4">
          <div><label htmlFor="export-from" className="block text-sm font-semibold">From</label><input id="export-from" name="from" type="date" required className={field} /></div>
          <div><label htmlFor="export-to" className="block text-sm font-semibold">To</label><input id="export-to" name="to" type="date" required className={field} /></div>
          <div><label htmlFor="export-currency" className="block text-sm font-semibold">Currency (optional)</label><input id="export-currency" name="currency" maxLength={3} placeholder="usd" className={field} /></div>
          <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">Download contributions</button>
        </form>
      </section>
      <section aria-labelledby="export-supporters" className="space-y-3">
        <h2 id="export-supporters" className="font-serif text-2xl font-bold">Supporters</h2>
        <p>Filter the <Link href="/admin/supporters" className="underline">supporters list</Link>, then use its “Export supporters (CSV)” link, or <a href="/api/admin/exports/supporters" className="underline">download every supporter</a>.</p>
      </section>
      <section aria-labelledby="export-newsletter" className="space-y-3">
        <h2 id="export-newsletter" className="font-serif text-2xl font-bold">Newsletter</h2>
        <p><a href="/api/admin/exports/newsletter" className="underline">Download confirmed newsletter subscribers</a> (pending and unsubscribed addresses are left out).</p>
      </section>
    </div>
  );
}
