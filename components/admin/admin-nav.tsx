// The staff area's navigation: reports, supporters, the appeal's settings, exports; the audit log and staff list for admins; sign-out.
import Link from 'next/link';
import type { CurrentUser } from '@/lib/auth/user-role';
import { SignOutForm } from './sign-out-form';

export function AdminNav({ user, csrfToken }: { user: CurrentUser; csrfToken: string | null }) {
  const links = [
    { href: '/admin', label: 'Dashboard' },
    { href: '/admin/supporters', label: 'Supporters' },
    { href: '/admin/appeal', label: 'Appeal' },
    { href: '/admin/exports', label: 'Exports' },
    ...(user.role === 'admin' ? [{ href: '/admin/audit', label: 'Audit log' }, { href: '/admin/staff', label: 'Staff' }] : []),
  ];
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-3 border-b border-gray-300 pb-3">
      <nav aria-label="Staff area">
        <ul className="flex flex-wrap gap-4 text-sm font-semibold">
          {links.map((link) => (
            <li key={link.href}><Link href={link.href} className="underline-offset-4 hover:underline">{link.label}</Link></li>
          ))}
        </ul>
      </nav>
      <div className="flex items-center gap-3 text-sm">
        <span className="text-muted">{user.email} ({user.role})</span>
        <SignOutForm csrfToken={csrfToken} />
      </div>
    </div>
  );
}
