// One dashboard figure in the detailed list: its name, its value, and how it compares with the previous period.
export function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="min-w-0 border-t border-gray-300 py-2 [overflow-wrap:anywhere]">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-muted">{detail}</dd>}
    </div>
  );
}
