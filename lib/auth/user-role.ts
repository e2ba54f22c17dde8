// Roles, lowest first: readers may sign in; staff see reports; admins also see the audit log and manage staff.
export const ROLES = ['reader', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

export function hasRole(user: Pick<CurrentUser, 'role'> | null, needed: Role): boolean {
  if (!user) return false;
  return ROLES.indexOf(user.role) >= ROLES.indexOf(needed);
}
