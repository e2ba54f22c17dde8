// One table of the appeal funnel, with the conversion rate of each step; articles by their headline.
import Link from 'next/link';
import type { FunnelRow } from '@/lib/reports/report-types';
import { conversionRate } from '@/lib/reports/get-funnel';
import { formatCount, formatRate } from '@/lib/reports/format-report';
import { ScrollRegion } from './scroll-region';

type Props = { rows: FunnelRow[]; caption: string; byArticle: boolean; headlines?: Map<string, string> };

function ArticleName({ slug, headlines }: { slug: string; headlines?: Map<string, string> }) {
  if (!slug) return <>(no article)</>;
  const headline = headlines?.get(slug);
  // An article deleted since keeps its slug: there is nothing else to call it by.
  if (!headline) return <>{slug}</>;
  return <Link href={`/articles/${slug}`} className="underline">{headline}</Link>;
}

export function FunnelTable({ rows, caption, byArticle, headlines }: Props) {
  if (rows.length === 0) return <p className="text-muted">No appeal activity in this range.</p>;
  const head = 'border-b border-gray-400 px-2 py-1 align-bottom';
  const cell = 'border-b border-gray-200 px-2 py-1 text-right tabular-nums';
  return (
    <ScrollRegion label={`${caption} (scrolls sideways)`}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="py-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${head} text-left`}>{byArticle ? 'Article' : 'Placement'}</th>
            {byArticle && <th scope="col" className={`${head} text-left`}>Placement</th>}
            <th scope="col" className={`${head} text-right`}>Impressions</th>
            <th scope="col" className={`${head} text-right`}>Continue presses</th>
            <th scope="col" className={`${head} text-right`}>Checkouts started</th>
            <th scope="col" className={`${head} text-right`}>Payments</th>
            <th scope="col" className={`${head} text-right`}>Press rate</th>
            <th scope="col" className={`${head} text-right`}>Checkout → payment</th>
            <th scope="col" className={`${head} text-right`}>Impression → payment</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.placement}/${row.article}`}>
              <th scope="row" className={`border-b border-gray-200 px-2 py-1 text-left font-normal ${byArticle ? 'min-w-48' : ''}`}>
                {byArticle ? <ArticleName slug={row.article} headlines={headlines} /> : row.placement}
              </th>
              {byArticle && <td className="border-b border-gray-200 px-2 py-1 whitespace-nowrap">{row.placement}</td>}
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
    </ScrollRegion>
  );
}
