// Staff area layout: navigation for signed-in staff. Every page below still checks the role itself.
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { getCsrfToken } from '@/lib/auth/get-csrf-token';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { hasRole } from '@/lib/auth/user-role';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user || !hasRole(user, 'staff')) return children;
  return (
    <div>
      <AdminNav user={user} csrfToken={await getCsrfToken()} />
      {children}
    </div>
  );
}
