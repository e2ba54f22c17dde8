// Money in over time by frequency: stacked bars in inline SVG, with the same numbers in a table for screen readers.
import type { MoneySeries } from '@/lib/reports/report-types';
import { formatMinor } from '@/lib/reports/format-report';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 10, right: 10, bottom: 24, left: 10 };
const SERIES = [
  { key: 'once', label: 'One-off', color: '#9b1c1c' },
  { key: 'monthly', label: 'Monthly', color: '#1d4ed8' },
  { key: 'annual', label: 'Annual', color: '#047857' },
] as const;

export function MoneyChart({ series, id }: { series: MoneySeries; id: string }) {
  const { points, currency, unit } = series;
  const totals = points.map((p) => p.once + p.monthly + p.annual);
  const max = Math.max(1, ...totals);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, points.length);
  const barWidth = Math.max(1, slot * 0.8);
  const scale = (value: number) => (value / max) * plotHeight;
  const label = `Money in by ${unit}, ${currency.toUpperCase()}: ${formatMinor(totals.reduce((a, b) => a + b, 0), currency)} in total, highest ${formatMinor(max === 1 && totals.every((t) => t === 0) ? 0 : max, currency)} in one ${unit}.`;
  return (
    <figure className="rounded border border-gray-300 bg-white p-4">
      <figcaption id={`${id}-caption`} className="font-semibold">Money in by {unit} and frequency</figcaption>
      <ul className="mt-2 flex gap-4 text-sm" aria-hidden="true">
        {SERIES.map((s) => (
          <li key={s.key} className="flex items-center gap-1"><span className="inline-block h-3 w-3" style={{ background: s.color }} />{s.label}</li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-2 h-auto w-full" role="img" aria-label={label}>
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} stroke="#5c5c5c" />
        {points.map((point, i) => {
          let y = HEIGHT - PAD.bottom;
          const x = PAD.left + i * slot + (slot - barWidth) / 2;
          return (
            <g key={point.bucket}>
              {SERIES.map((s) => {
                const h = scale(point[s.key]);
                y -= h;
                return h > 0 ? <rect key={s.key} x={x} y={y} width={barWidth} height={h} fill={s.color} /> : null;
              })}
            </g>
          );
        })}
        <text x={PAD.left} y={HEIGHT - 6} fontSize="11" fill="#5c5c5c">{points[0]?.bucket}</text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} fontSize="11" fill="#5c5c5c" textAnchor="end">{points.at(-1)?.bucket}</text>
      </svg>
      <table className="sr-only">
        <caption>Money in by {unit} and frequency, {currency.toUpperCase()}</caption>
        <thead>
          <tr><th scope="col">{unit === 'day' ? 'Day' : unit === 'week' ? 'Week starting' : 'Month'}</th>{SERIES.map((s) => <th key={s.key} scope="col">{s.label}</th>)}<th scope="col">Total</th></tr>
        </thead>
        <tbody>
          {points.map((point, i) => (
            <tr key={point.bucket}>
              <th scope="row">{point.bucket}</th>
              {SERIES.map((s) => <td key={s.key}>{formatMinor(point[s.key], currency)}</td>)}
              <td>{formatMinor(totals[i], currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
