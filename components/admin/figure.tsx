// One dashboard figure: its name, its value, and a line comparing it with the previous period.
export function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded border border-gray-300 bg-white p-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 font-serif text-2xl font-bold">{value}</dd>
      {detail && <dd className="mt-1 text-sm text-muted">{detail}</dd>}
    </div>
  );
}
