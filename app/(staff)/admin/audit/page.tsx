// Audit log: who exported personal data or changed staff access, when, with what filter and how many rows (admins only).
import type { Metadata } from 'next';
import Link from 'next/link';
import { parsePositiveInt4 } from '@/db/postgres-values';
import { ScrollRegion } from '@/components/admin/scroll-region';
import { listAuditLog } from '@/lib/admin/list-audit-log';
import { requireAdmin } from '@/lib/auth/require-role';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PAGE = 100;

export default async function AuditPage({ searchParams }: Props) {
  await requireAdmin('/admin/audit');
  const before = parsePositiveInt4((await searchParams).before);
  const entries = await listAuditLog({ beforeId: before ?? undefined, limit: PAGE });
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: getConfig().REPORT_TIMEZONE });
  const cell = 'border-b border-gray-200 px-2 py-2 align-top';
  const head = 'border-b border-gray-400 px-2 py-1 text-left';
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-4xl font-bold">Audit log</h1>
      {entries.length === 0 ? <p>Nothing recorded yet.</p> : (
        <ScrollRegion label="Audit log (scrolls sideways)">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Exports and staff changes, newest first</caption>
            <thead><tr><th scope="col" className={head}>When</th><th scope="col" className={head}>Who</th><th scope="col" className={head}>What</th><th scope="col" className={head}>Filter</th><th scope="col" className={head}>Rows</th></tr></thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className={cell}>{when.format(e.createdAt)}</td>
                  <td className={`${cell} [overflow-wrap:anywhere]`}>{e.actorEmail}</td>
                  <td className={cell}>{e.action}</td>
                  <td className={`${cell} min-w-40 font-mono text-xs [overflow-wrap:anywhere]`}>{Object.entries(e.filter).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}=${String(v)}`).join(', ') || '—'}</td>
                  <td className={cell}>{e.action.startsWith('export:') ? (e.rowCount ?? 'unfinished') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {entries.length === PAGE && <Link href={`/admin/audit?before=${entries[entries.length - 1].id}`} className="underline">Older entries</Link>}
    </div>
  );
}
