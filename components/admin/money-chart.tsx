// Money in over time by frequency: stacked bars with a value axis and dated ticks; each bar names its figures on hover,
// and the same numbers are a table any reader can open. Labels are HTML, so they keep their size on a phone.
import type { MoneySeries, SeriesPoint } from '@/lib/reports/report-types';
import { formatMinor } from '@/lib/reports/format-report';
import { axisTicks, formatBucket, formatCompactMinor, pickDateTicks } from '@/lib/reports/chart-axis';

const SLOT = 10;
const SERIES = [
  { key: 'once', label: 'One-off', color: '#9b1c1c' },
  { key: 'monthly', label: 'Monthly', color: '#1d4ed8' },
  { key: 'annual', label: 'Annual', color: '#047857' },
] as const;

const total = (p: SeriesPoint) => p.once + p.monthly + p.annual;

export function MoneyChart({ series, id }: { series: MoneySeries; id: string }) {
  const { points, currency, unit } = series;
  const totals = points.map(total);
  const highest = Math.max(0, ...totals);
  const ticks = axisTicks(highest, currency);
  const top = ticks.at(-1) || 1;
  const money = (minor: number) => formatMinor(minor, currency);
  const width = Math.max(1, points.length) * SLOT;
  const label = `Money in by ${unit}, ${currency.toUpperCase()}: ${money(totals.reduce((a, b) => a + b, 0))} in total, highest ${money(highest)} in one ${unit}.`;
  const dateTicks = pickDateTicks(points.length);
  return (
    <figure className="rounded border border-gray-300 bg-white p-4">
      <figcaption id={`${id}-caption`} className="font-semibold">Money in by {unit} and frequency</figcaption>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {SERIES.map((s) => (
          <li key={s.key} className="flex items-center gap-1"><span className="inline-block h-3 w-3" style={{ background: s.color }} />{s.label}</li>
        ))}
      </ul>
      <div className="mt-3 flex">
        <div className="relative h-44 w-16 shrink-0 text-right text-xs text-muted sm:h-56" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-2 -translate-y-1/2 tabular-nums" style={{ top: `${(1 - tick / top) * 100}%` }}>{formatCompactMinor(tick, currency)}</span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <div className="relative h-44 border-b border-l border-gray-500 sm:h-56">
            <svg viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full" role="img" aria-label={label}>
              {ticks.slice(1).map((tick) => (
                <line key={tick} x1={0} x2={width} y1={100 - (tick / top) * 100} y2={100 - (tick / top) * 100} stroke="#d4d4d4" vectorEffect="non-scaling-stroke" />
              ))}
              {points.map((point, i) => {
                let y = 100;
                return (
                  <g key={point.bucket}>
                    <title>{`${formatBucket(point.bucket, unit)}: ${money(totals[i])} (${SERIES.map((s) => `${s.label.toLowerCase()} ${money(point[s.key])}`).join(', ')})`}</title>
                    <rect x={i * SLOT} y={0} width={SLOT} height={100} fill="transparent" />
                    {SERIES.map((s) => {
                      const h = (point[s.key] / top) * 100;
                      y -= h;
                      return h > 0 ? <rect key={s.key} x={i * SLOT + 1} y={y} width={SLOT - 2} height={h} fill={s.color} /> : null;
                    })}
                  </g>
                );
              })}
            </svg>
          </div>
          <div className="relative mt-1 h-5 text-xs text-muted" aria-hidden="true">
            {dateTicks.map((index, n) => {
              const edge = n === 0 ? 'left-0' : n === dateTicks.length - 1 ? 'right-0' : '-translate-x-1/2';
              const style = n === 0 || n === dateTicks.length - 1 ? undefined : { left: `${((index + 0.5) / points.length) * 100}%` };
              return <span key={index} className={`absolute whitespace-nowrap ${edge} ${n % 2 === 1 && n !== dateTicks.length - 1 ? 'hidden sm:inline' : ''}`} style={style}>{formatBucket(points[index].bucket, unit)}</span>;
            })}
          </div>
        </div>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold underline-offset-4 hover:underline">Figures as a table</summary>
        <div role="region" aria-label={`Money in by ${unit}, ${currency.toUpperCase()}`} tabIndex={0} className="relative mt-2 max-h-96 overflow-auto">
          <table className="w-full border-collapse text-right tabular-nums">
            <caption className="sr-only">Money in by {unit} and frequency, {currency.toUpperCase()}</caption>
            <thead>
              <tr className="sticky top-0 bg-white">
                <th scope="col" className="border-b border-gray-400 px-2 py-1 text-left">{unit === 'day' ? 'Day' : unit === 'week' ? 'Week starting' : 'Month'}</th>
                {SERIES.map((s) => <th key={s.key} scope="col" className="border-b border-gray-400 px-2 py-1">{s.label}</th>)}
                <th scope="col" className="border-b border-gray-400 px-2 py-1">Total</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point, i) => (
                <tr key={point.bucket}>
                  <th scope="row" className="border-b border-gray-200 px-2 py-1 text-left font-normal">{formatBucket(point.bucket, unit, true)}</th>
                  {SERIES.map((s) => <td key={s.key} className="border-b border-gray-200 px-2 py-1">{money(point[s.key])}</td>)}
                  <td className="border-b border-gray-200 px-2 py-1 font-semibold">{money(totals[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
