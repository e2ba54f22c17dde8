// Role checks for pages: redirect to sign-in, or the 403 page. Routes check roles in lib/http/route-handler.ts.
import { forbidden, redirect } from 'next/navigation';
import { getCurrentUser } from './get-current-user';
import { hasRole, type CurrentUser, type Role } from './user-role';

async function requirePageRole(role: Role, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (!hasRole(user, role)) forbidden();
  return user;
}

/** For /admin pages and server actions; `path` is where to come back after signing in. */
export function requireStaff(path = '/admin'): Promise<CurrentUser> {
  return requirePageRole('staff', path);
}

export function requireAdmin(path = '/admin'): Promise<CurrentUser> {
  return requirePageRole('admin', path);
}
