// Sign-in storage on PGlite and PostgreSQL: the Drizzle adapter on our tables, sessions, roles, STAFF_EMAILS, API guards.
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { accounts, sessions, verificationTokens } from '@/db/schema';
import { getUserBySessionToken } from '@/lib/auth/get-user-by-session-token';
import { getCurrentUserFromRequest } from '@/lib/auth/get-current-user';
import { routeHandler } from '@/lib/http/route-handler';
import { setUserRole } from '@/lib/admin/set-user-role';
import { listStaff } from '@/lib/admin/list-staff';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser, requestAs } from './admin-session-helper';

const configKey = Symbol.for('reader-revenue.config');
function resetConfig(env: Record<string, string | undefined>) {
  Object.assign(process.env, env);
  delete (globalThis as Record<symbol, unknown>)[configKey];
}

describe('sign-in storage', () => {
  const database = useTestDatabase();
  afterEach(() => resetConfig({ STAFF_EMAILS: '' }));

  it('the Drizzle adapter creates users, one-time tokens and sessions in our tables', async () => {
    const adapter = DrizzleAdapter(database().db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
    const user = await adapter.createUser!({ id: '', email: 'new.reader@example.org', emailVerified: new Date() });
    expect(user.email).toBe('new.reader@example.org');
    const [stored] = await database().db.select().from(users).where(eq(users.id, user.id));
    expect(stored.role).toBe('reader');

    const expires = new Date(Date.now() + 3_600_000);
    await adapter.createVerificationToken!({ identifier: 'new.reader@example.org', token: 'hashed', expires });
    expect(await adapter.useVerificationToken!({ identifier: 'new.reader@example.org', token: 'hashed' })).toMatchObject({ token: 'hashed' });
    expect(await adapter.useVerificationToken!({ identifier: 'new.reader@example.org', token: 'hashed' })).toBeNull();

    await adapter.createSession!({ sessionToken: 'tok-1', userId: user.id, expires });
    const found = await adapter.getSessionAndUser!('tok-1');
    expect(found?.user.email).toBe('new.reader@example.org');
  });

  it('finds the user behind a live session, not an expired or unknown one', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const live = await createSignedInUser({ email: 'live@example.org', role: 'staff', expires: new Date('2026-11-27T00:00:00Z') });
    const old = await createSignedInUser({ email: 'old@example.org', role: 'staff', expires: new Date('2026-11-26T11:59:59Z') });
    const token = (cookie: string) => cookie.split('=')[1];
    expect(await getUserBySessionToken({ token: token(live.cookie), now })).toMatchObject({ email: 'live@example.org', role: 'staff' });
    expect(await getUserBySessionToken({ token: token(old.cookie), now })).toBeNull();
    expect(await getUserBySessionToken({ token: 'nope', now })).toBeNull();
  });

  it('STAFF_EMAILS makes its addresses admins when they are seen signed in', async () => {
    resetConfig({ STAFF_EMAILS: 'Editor@Example.org, other@example.org' });
    const { cookie, userId } = await createSignedInUser({ email: 'editor@example.org', role: 'reader' });
    expect(await getCurrentUserFromRequest(requestAs(cookie, '/'))).toMatchObject({ role: 'admin' });
    const [stored] = await database().db.select({ role: users.role }).from(users).where(eq(users.id, userId));
    expect(stored.role).toBe('admin');
  });

  it('STAFF_EMAILS grants once, at first sign-in; a revocation on the staff page sticks', async () => {
    resetConfig({ STAFF_EMAILS: 'chief@example.org' });
    const { cookie, userId } = await createSignedInUser({ email: 'chief@example.org', role: 'reader' });
    expect(await getCurrentUserFromRequest(requestAs(cookie, '/'))).toMatchObject({ role: 'admin' });
    const [granted] = await database().db.select({ at: users.staffEmailsGrantedAt }).from(users).where(eq(users.id, userId));
    expect(granted.at).toBeInstanceOf(Date);
    await setUserRole({ email: 'chief@example.org', role: 'reader' });
    for (let i = 0; i < 2; i++) expect(await getCurrentUserFromRequest(requestAs(cookie, '/'))).toMatchObject({ role: 'reader' });
    const [stored] = await database().db.select({ role: users.role }).from(users).where(eq(users.id, userId));
    expect(stored.role).toBe('reader');
    // An address the staff page gave a role before its first sign-in keeps that role too.
    await setUserRole({ email: 'other.chief@example.org', role: 'staff' });
    resetConfig({ STAFF_EMAILS: 'chief@example.org, other.chief@example.org' });
    const { cookie: otherCookie } = await createSignedInUser({ email: 'other.chief@example.org', role: 'staff' });
    expect(await getCurrentUserFromRequest(requestAs(otherCookie, '/'))).toMatchObject({ role: 'staff' });
  });

  it('npm run staff grants and removes access, creating the account if needed', async () => {
    expect(await setUserRole({ email: ' Newbie@Example.org ', role: 'staff' })).toEqual({ email: 'newbie@example.org', role: 'staff', created: true });
    expect(await setUserRole({ email: 'newbie@example.org', role: 'admin' })).toEqual({ email: 'newbie@example.org', role: 'admin', created: false });
    expect((await listStaff()).map((s) => s.email)).toContain('newbie@example.org');
    await setUserRole({ email: 'newbie@example.org', role: 'reader' });
    expect((await listStaff()).map((s) => s.email)).not.toContain('newbie@example.org');
    await expect(setUserRole({ email: 'not an email', role: 'staff' })).rejects.toThrow(/not an email address/);
  });

  it('API guards answer 401 to anonymous callers and 403 to readers', async () => {
    const reader = await createSignedInUser({ email: 'reader@example.org', role: 'reader' });
    const staff = await createSignedInUser({ email: 'staff@example.org', role: 'staff' });
    const admin = await createSignedInUser({ email: 'admin@example.org', role: 'admin' });
    const guarded = (access: 'staff' | 'admin') => routeHandler({ access, handle: async () => new Response('ok') });
    const status = async (access: 'staff' | 'admin', cookie: string | null) => (await guarded(access)(requestAs(cookie, '/api/admin/summary'))).status;
    expect(await status('staff', null)).toBe(401);
    expect(await status('staff', 'next-auth.session-token=forged')).toBe(401);
    expect(await status('staff', reader.cookie)).toBe(403);
    expect(await status('staff', staff.cookie)).toBe(200);
    expect(await status('admin', staff.cookie)).toBe(403);
    expect(await status('admin', admin.cookie)).toBe(200);
    const denied = await guarded('staff')(requestAs(reader.cookie, '/api/admin/summary'));
    expect(await denied.json()).toEqual({ error: { field: null, message: 'Your account does not have access to this.' } });
  });
});
