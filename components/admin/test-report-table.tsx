// A test's report: one row per variant, conversion with its 95% interval, the chance to beat the control, and money per currency.
import { formatMoney } from '@/lib/support/format-money';
import type { TestReport } from '@/lib/campaigns/get-test-report';
import { ScrollRegion } from './scroll-region';

const percent = (n: number) => `${(n * 100).toFixed(2)}%`;

export function TestReportTable({ report, testId }: { report: TestReport; testId: number }) {
  const cell = 'border-b border-gray-200 px-2 py-2 align-top text-right';
  const head = 'border-b border-gray-400 px-2 py-1 text-right';
  const winner = report.variants.find((v) => v.key === report.winner?.key);
  return (
    <section aria-labelledby="report-heading" className="space-y-3">
      <h2 id="report-heading" className="font-serif text-2xl font-bold">Report</h2>
      <p>
        {winner && report.winner
          ? `Winner: ${winner.name} (a ${percent(report.winner.chance)} chance of converting better).`
          : `No winner yet: one is named once every variant has ${report.rule.minimumTrials.toLocaleString('en-US')} impressions and ${report.rule.minimumSuccesses} payments, and one converts better with a ${percent(report.rule.threshold)} chance.`}
      </p>
      <ScrollRegion label="Results by variant">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Results by variant</caption>
          <thead>
            <tr>
              <th scope="col" className={`${head} text-left`}>Variant</th>
              <th scope="col" className={head}>Impressions</th>
              <th scope="col" className={head}>Continue presses</th>
              <th scope="col" className={head}>Checkouts started</th>
              <th scope="col" className={head}>Payments</th>
              <th scope="col" className={head}>Conversion (95% interval)</th>
              <th scope="col" className={head}>Chance to beat control</th>
              <th scope="col" className={head}>Raised</th>
              <th scope="col" className={head}>New recurring a month</th>
            </tr>
          </thead>
          <tbody>
            {report.variants.map((v) => (
              <tr key={v.key}>
                <th scope="row" className={`${cell} text-left`}>{v.name}</th>
                <td className={cell}>{v.impressions.toLocaleString('en-US')}</td>
                <td className={cell}>{v.continues.toLocaleString('en-US')}</td>
                <td className={cell}>{v.checkouts.toLocaleString('en-US')}</td>
                <td className={cell}>{v.payments.toLocaleString('en-US')}</td>
                <td className={cell}>{v.conversion ? `${percent(v.conversion.rate)} (${percent(v.conversion.low)} to ${percent(v.conversion.high)})` : '—'}</td>
                <td className={cell}>{v.chanceToBeatControl === null ? '—' : percent(v.chanceToBeatControl)}</td>
                <td className={cell}>{v.raised.map((m) => formatMoney(m.amount, m.currency)).join(', ') || '—'}</td>
                <td className={cell}>{v.newRecurring.map((m) => formatMoney(m.amount, m.currency)).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p><a href={`/admin/appeal/tests/${testId}/report`} className="underline">Download the report (CSV)</a></p>
    </section>
  );
}
