// Erasing a reader's data matches their address in any case and as a whole address only: other addresses that contain
// it (aa@b.org for a@b.org) keep their rows, rate limits and audit entries. Spent rate-limit windows are pruned.
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, emailOutbox, newsletterSubscribers, rateLimits, reminders, users, verificationTokens } from '@/db/schema';
import { erasePersonalData } from '@/lib/account/erase-personal-data';
import { consumeRateLimit, MAX_RATE_LIMIT_WINDOW_SECONDS } from '@/lib/rate-limit/consume-rate-limit';
import { pruneRateLimits } from '@/lib/rate-limit/prune-rate-limits';
import { emptyTables, useTestDatabase } from '../helpers/test-database';

const now = new Date('2026-05-01T12:00:00Z');

async function erase(email: string) {
  const [user] = await db.insert(users).values({ email }).returning();
  await erasePersonalData({ userId: user.id, email, supporterId: null, stripeCustomerIds: [], now });
}

describe('erasing a reader’s data', () => {
  useTestDatabase();
  beforeEach(async () => emptyTables(auditLog, rateLimits, reminders, newsletterSubscribers, emailOutbox, verificationTokens, users));

  it('deletes the address’s own rate-limit rows by exact key, in any case, and nobody else’s', async () => {
    const keys = [
      'signin:email:a@b.org', 'newsletter:email:a@b.org', 'reminder:email:A@B.org',
      'signin:email:aa@b.org', 'newsletter:email:a@b.org.example', 'reminder:email:xa@b.org', 'signin:ip:10.0.0.1', 'checkout:ip:a@b.org',
    ];
    await db.insert(rateLimits).values(keys.map((key) => ({ key, windowStart: now, count: 1 })));
    await erase('A@b.org');
    expect((await db.select().from(rateLimits).orderBy(asc(rateLimits.key))).map((r) => r.key)).toEqual(
      ['checkout:ip:a@b.org', 'newsletter:email:a@b.org.example', 'reminder:email:xa@b.org', 'signin:email:aa@b.org', 'signin:ip:10.0.0.1'],
    );
  });

  it('takes the address out of the audit log in any case, as the actor too, and leaves longer addresses alone', async () => {
    await db.insert(auditLog).values([
      { actorEmail: 'staff@example.org', action: 'export', filter: { search: 'Leaving@Example.ORG', note: 'and leaving@example.org again' } },
      { actorEmail: 'Leaving@example.org', action: 'role:set', filter: { email: 'someone@example.org' } },
      { actorEmail: 'staff@example.org', action: 'export', filter: { search: 'aleaving@example.org', other: 'leaving@example.org.uk', q: 'leaving@example' } },
    ]);
    await erase('leaving@example.org');
    const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows.map((r) => [r.actorEmail, r.filter])).toEqual([
      ['staff@example.org', { search: '[deleted]', note: 'and [deleted] again' }],
      ['[deleted]', { email: 'someone@example.org' }],
      ['staff@example.org', { search: 'aleaving@example.org', other: 'leaving@example.org.uk', q: 'leaving@example' }],
    ]);
  });

  it('deletes reminders, signups, mail and sign-in tokens stored in another case, and no one else’s', async () => {
    await db.insert(reminders).values([{ email: 'Mixed@Example.org', month: '2027-01', token: 't1' }, { email: 'xmixed@example.org', month: '2027-01', token: 't2' }]);
    await db.insert(newsletterSubscribers).values([{ email: 'MIXED@example.org', consentAt: now }, { email: 'mixed@example.org.uk', consentAt: now }]);
    await db.insert(emailOutbox).values([
      { dedupeKey: 'k1', to: 'Mixed Reader <Mixed@Example.org>', subject: 's', text: 't', html: 'h' },
      { dedupeKey: 'k2', to: 'Other <amixed@example.org>', subject: 's', text: 't', html: 'h' },
    ]);
    await db.insert(verificationTokens).values([{ identifier: 'MIXED@EXAMPLE.ORG', token: 'v1', expires: now }]);
    await erase('mixed@example.org');
    expect((await db.select().from(reminders)).map((r) => r.email)).toEqual(['xmixed@example.org']);
    expect((await db.select().from(newsletterSubscribers)).map((r) => r.email)).toEqual(['mixed@example.org.uk']);
    expect((await db.select().from(emailOutbox)).map((r) => r.to)).toEqual(['Other <amixed@example.org>']);
    expect(await db.select().from(verificationTokens)).toEqual([]);
    expect(await db.select().from(users).where(eq(users.email, 'mixed@example.org'))).toEqual([]);
  });
});

describe('spent rate-limit windows', () => {
  useTestDatabase();

  it('are pruned once older than the longest window; live ones keep counting', async () => {
    const day = MAX_RATE_LIMIT_WINDOW_SECONDS * 1000;
    await db.insert(rateLimits).values([
      { key: 'newsletter:ip:198.51.100.1', windowStart: new Date(now.getTime() - day - 1000), count: 3 },
      { key: 'reminder:email:old@example.org', windowStart: new Date(now.getTime() - 40 * day), count: 1 },
      { key: 'reminder:email:live@example.org', windowStart: new Date(now.getTime() - day + 60_000), count: 4 },
    ]);
    expect(await pruneRateLimits({ now })).toBe(2);
    expect((await db.select().from(rateLimits)).map((r) => r.key)).toEqual(['reminder:email:live@example.org']);
    // A limit longer than the longest window counts as the longest, so pruning never forgets a live window.
    const first = await consumeRateLimit({ key: 'checkout:ip:x', limit: 1, windowSeconds: 7 * 86_400, now });
    const second = await consumeRateLimit({ key: 'checkout:ip:x', limit: 1, windowSeconds: 7 * 86_400, now: new Date(now.getTime() + 1000) });
    expect([first.allowed, second.allowed]).toEqual([true, false]);
    expect(second.allowed ? 0 : second.retryAfterSeconds).toBeLessThanOrEqual(MAX_RATE_LIMIT_WINDOW_SECONDS);
    expect(await pruneRateLimits({ now: new Date(now.getTime() + day + 2000) })).toBe(2);
  });

  it('the pruning runs among the background jobs of npm start', async () => {
    const { rateLimitPruneJob } = await import('@/lib/jobs/rate-limit-prune-job');
    await db.insert(rateLimits).values({ key: 'signin:ip:old', windowStart: new Date(Date.now() - 2 * MAX_RATE_LIMIT_WINDOW_SECONDS * 1000), count: 1 });
    expect(await rateLimitPruneJob.run()).toBe('1 spent rate-limit windows deleted');
  });
});
