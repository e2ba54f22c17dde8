// One table of the appeal funnel, with the conversion rate of each step.
import type { FunnelRow } from '@/lib/reports/report-types';
import { conversionRate } from '@/lib/reports/get-funnel';
import { formatCount, formatRate } from '@/lib/reports/format-report';

export function FunnelTable({ rows, caption, byArticle }: { rows: FunnelRow[]; caption: string; byArticle: boolean }) {
  if (rows.length === 0) return <p className="text-muted">No appeal activity in this range.</p>;
  const cell = 'border-b border-gray-200 px-2 py-1 text-right';
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="py-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-left">{byArticle ? 'Article' : 'Placement'}</th>
            {byArticle && <th scope="col" className="border-b border-gray-400 px-2 py-1 text-left">Placement</th>}
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-right">Impressions</th>
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-right">Continue presses</th>
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-right">Checkouts started</th>
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-right">Payments</th>
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-right">Press rate</th>
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-right">Checkout → payment</th>
            <th scope="col" className="border-b border-gray-400 px-2 py-1 text-right">Impression → payment</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.placement}/${row.article}`}>
              <th scope="row" className="border-b border-gray-200 px-2 py-1 text-left font-normal">{byArticle ? row.article || '(no article)' : row.placement}</th>
              {byArticle && <td className="border-b border-gray-200 px-2 py-1">{row.placement}</td>}
              <td className={cell}>{formatCount(row.impressions)}</td>
              <td className={cell}>{formatCount(row.continues)}</td>
              <td className={cell}>{formatCount(row.checkouts)}</td>
              <td className={cell}>{formatCount(row.payments)}</td>
              <td className={cell}>{formatRate(conversionRate(row.continues, row.impressions))}</td>
              <td className={cell}>{formatRate(conversionRate(row.payments, row.checkouts))}</td>
              <td className={cell}>{formatRate(conversionRate(row.payments, row.impressions))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
