// Role checks for pages (redirect to sign-in, or the 403 page) and for API routes (401/403 JSON).
import { forbidden, redirect } from 'next/navigation';
import { getCurrentUser, getCurrentUserFromRequest } from './get-current-user';
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

export type ApiAuthorization = { ok: true; user: CurrentUser } | { ok: false; response: Response };

async function authorizeApi(request: Request, role: Role): Promise<ApiAuthorization> {
  const user = await getCurrentUserFromRequest(request);
  const headers = { 'cache-control': 'no-store' };
  if (!user) {
    return { ok: false, response: Response.json({ error: { message: 'Sign in to continue.' } }, { status: 401, headers }) };
  }
  if (!hasRole(user, role)) {
    return { ok: false, response: Response.json({ error: { message: 'Your account does not have access to this.' } }, { status: 403, headers }) };
  }
  return { ok: true, user };
}

/** For /api/admin routes: `const auth = await requireStaffApi(request); if (!auth.ok) return auth.response;` */
export function requireStaffApi(request: Request): Promise<ApiAuthorization> {
  return authorizeApi(request, 'staff');
}

export function requireAdminApi(request: Request): Promise<ApiAuthorization> {
  return authorizeApi(request, 'admin');
}
