// Splits report intervals into rollup pieces: whole UTC days from the daily rows, the edges from the 15-minute rows.
const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

export type ReportInterval = { start: Date; end: Date; index: number };
export type RollupPiece = { grain: 'quarter' | 'day'; from: Date; to: Date; index: number };

/** The pieces covering each interval exactly, or null when an edge is off the 15-minute grid (then only raw rows are exact). */
export function rollupPieces(intervals: ReportInterval[]): RollupPiece[] | null {
  const pieces: RollupPiece[] = [];
  for (const { start, end, index } of intervals) {
    const a = start.getTime();
    const b = end.getTime();
    if (a % QUARTER_MS !== 0 || b % QUARTER_MS !== 0) return null;
    if (a >= b) continue;
    const firstDay = Math.ceil(a / DAY_MS) * DAY_MS;
    const lastDay = Math.floor(b / DAY_MS) * DAY_MS;
    if (firstDay >= lastDay) {
      pieces.push({ grain: 'quarter', from: start, to: end, index });
      continue;
    }
    if (a < firstDay) pieces.push({ grain: 'quarter', from: start, to: new Date(firstDay), index });
    pieces.push({ grain: 'day', from: new Date(firstDay), to: new Date(lastDay), index });
    if (lastDay < b) pieces.push({ grain: 'quarter', from: new Date(lastDay), to: end, index });
  }
  return pieces;
}

/** The pieces as the arrays `unnest(grain, lo, hi, idx)` takes (PostgreSQL array literals). */
export function pieceArrays(pieces: RollupPiece[]): { grains: string; froms: string; tos: string; indexes: string } {
  return {
    grains: `{${pieces.map((p) => p.grain).join(',')}}`,
    froms: `{${pieces.map((p) => p.from.toISOString()).join(',')}}`,
    tos: `{${pieces.map((p) => p.to.toISOString()).join(',')}}`,
    indexes: `{${pieces.map((p) => p.index).join(',')}}`,
  };
}
