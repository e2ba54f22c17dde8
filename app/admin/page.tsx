// Staff area: reader-revenue reports (staff only).
import type { Metadata } from 'next';
import { requireStaff } from '@/lib/auth/require-role';

export const metadata: Metadata = { title: 'Reader revenue', robots: { index: false } };

export default async function AdminPage() {
  const user = await requireStaff('/admin');
  return (
    <div>
      <h1 className="font-serif text-4xl font-bold">Reader revenue</h1>
      <p className="mt-2 text-muted">Signed in as {user.email}.</p>
    </div>
  );
}
