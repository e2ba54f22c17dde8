// Staff access: who can see the staff area, and a form to add, promote or remove someone (admins only).
import type { Metadata } from 'next';
import { getRoleByEmail, listStaff } from '@/lib/admin/list-staff';
import { formMessage } from '@/lib/http/form-messages';
import { requireAdmin } from '@/lib/auth/require-role';
import { normaliseEmail } from '@/lib/email/normalise-email';
import { ScrollRegion } from '@/components/admin/scroll-region';

export const metadata: Metadata = { title: 'Staff', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  await requireAdmin('/admin/staff');
  const params = await searchParams;
  const error = formMessage(params.error);
  // Named only when it is an account we hold: the address in the link is checked, not repeated blindly.
  const saved = typeof params.saved === 'string' && (await getRoleByEmail(params.saved)) ? normaliseEmail(params.saved) : null;
  const staff = await listStaff();
  const field = 'mt-1 block rounded border border-gray-500 bg-white px-2 py-1';
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="font-serif text-4xl font-bold">Staff</h1>
      {saved && <p role="status" className="rounded border border-green-700 bg-green-50 p-3">Saved access for {saved}.</p>}
      {error && <p id="staff-error" role="alert" className="rounded border border-accent bg-red-50 p-3 text-accent">{error}</p>}
      <form method="post" action="/api/admin/staff" className="flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4">
        <div className="grow">
          <label htmlFor="staff-email" className="block text-sm font-semibold">Email</label>
          <input id="staff-email" name="email" type="email" required className={`${field} w-full`} aria-describedby={error ? 'staff-error' : undefined} />
        </div>
        <div>
          <label htmlFor="staff-role" className="block text-sm font-semibold">Access</label>
          <select id="staff-role" name="role" defaultValue="staff" className={field}>
            <option value="staff">Staff (reports and exports)</option>
            <option value="admin">Admin (also audit log and staff)</option>
            <option value="reader">None (reader)</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-white">Save access</button>
      </form>
      <ScrollRegion label="People with access"><table className="w-full border-collapse bg-white text-sm">
        <caption className="py-2 text-left font-semibold">People with access</caption>
        <thead><tr><th scope="col" className="border-b border-gray-400 px-2 py-1 text-left">Email</th><th scope="col" className="border-b border-gray-400 px-2 py-1 text-left">Access</th></tr></thead>
        <tbody>
          {staff.map((s) => <tr key={s.id}><td className="border-b border-gray-200 px-2 py-2">{s.email}</td><td className="border-b border-gray-200 px-2 py-2">{s.role}</td></tr>)}
        </tbody>
      </table></ScrollRegion>
    </div>
  );
}
