// Two instances on one database without AUTH_SECRET: both starting at once store one secret, so a sign-in link (and a
// newsletter link) sent through one instance works through the other. On PostgreSQL each instance has its own pool.
import crypto from 'node:crypto';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { accounts, appSecrets, sessions, users, verificationTokens } from '@/db/schema';
import { ensureAuthSecret } from '@/lib/auth/ensure-auth-secret';
import { signToken, verifyToken } from '@/lib/email/signed-token';
import { useTestDatabase } from '../helpers/test-database';

// next-auth's email provider stores sha256(token + secret) and hashes the clicked token the same way.
const hashToken = (token: string, secret: string) => crypto.createHash('sha256').update(`${token}${secret}`).digest('hex');

describe('AUTH_SECRET kept in the database', () => {
  const database = useTestDatabase();
  const opened: DatabaseHandle[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((handle) => handle.close()));
  });
  const instance = (): DatabaseHandle => {
    const shared = database();
    if (!shared.url) return shared; // PGlite is one process: the "instances" share its handle
    const own = openDatabase({ url: shared.url, poolSize: 2 });
    opened.push(own);
    return own;
  };

  it('two instances starting at once agree on one secret; a link sent by one signs in through the other', async () => {
    const [a, b] = [instance(), instance()];
    const [secretA, secretB] = await Promise.all([ensureAuthSecret({ db: a.db }), ensureAuthSecret({ db: b.db })]);
    expect(secretA).toBe(secretB);
    expect(secretA.length).toBeGreaterThanOrEqual(32);
    expect(await database().db.select().from(appSecrets)).toHaveLength(1);
    // A restart (or a third instance) reads the same one, and an old install's file secret does not replace it.
    expect(await ensureAuthSecret({ db: b.db, seed: 'an-older-file-secret-that-came-too-late-xxxx' })).toBe(secretA);

    // Instance A sends the magic link: its adapter stores the token hashed with A's secret.
    const adapterA = DrizzleAdapter(a.db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
    const adapterB = DrizzleAdapter(b.db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });
    const token = crypto.randomBytes(32).toString('hex');
    await adapterA.createVerificationToken!({ identifier: 'reader@example.org', token: hashToken(token, secretA), expires: new Date(Date.now() + 3_600_000) });
    // The reader's click lands on instance B, which hashes with its own secret.
    expect(await adapterB.useVerificationToken!({ identifier: 'reader@example.org', token: hashToken(token, secretB) })).toMatchObject({ identifier: 'reader@example.org' });

    // The newsletter's signed links, too.
    process.env.AUTH_SECRET = secretA;
    const link = signToken({ purpose: 'newsletter-confirm', subject: 'reader@example.org' });
    process.env.AUTH_SECRET = secretB;
    expect(verifyToken({ token: link, purpose: 'newsletter-confirm', now: new Date() })).toEqual({ ok: true, subject: 'reader@example.org' });
    delete process.env.AUTH_SECRET;
  });

  it('an older install keeps the secret it generated into DATA_DIR', async () => {
    await database().db.delete(appSecrets);
    expect(await ensureAuthSecret({ db: instance().db, seed: 'file-secret-from-before-0123456789abcdef' })).toBe('file-secret-from-before-0123456789abcdef');
  });
});
