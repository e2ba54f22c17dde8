// POST /support/reminder and the cancel link: stored once per address and month; every bad input refused with nothing written.
import { describe, expect, it, beforeEach } from 'vitest';
import { db } from '@/db/client';
import { rateLimits, reminders } from '@/db/schema';
import { handleReminderSignup } from '@/lib/reminders/handle-reminder-signup';
import { POST as cancelPost, GET as cancelGet } from '@/app/(reader)/[locale]/support/reminder/cancel/route';
import { POST as deferPost } from '@/app/(reader)/[locale]/support/defer/route';
import { getUserAppealDeferral } from '@/lib/appeal/user-appeal-deferral';
import { formPost } from '../helpers/form-post';
import { emptyTables, useTestDatabase } from '../helpers/test-database';
import { createSignedInUser } from './admin-session-helper';

const now = new Date('2027-01-10T15:00:00Z');
let ip = 0;

function reminderRequest(fields: Record<string, string>, options: { json?: boolean; ip?: string } = {}): Request {
  return formPost('http://localhost/support/reminder', fields, { json: options.json !== false, ip: options.ip ?? `10.0.0.${(ip += 1)}` });
}

describe('reminder signup', () => {
  useTestDatabase();
  beforeEach(async () => {
    await emptyTables(reminders, rateLimits);
  });

  it('stores one reminder per address and month; signing up again updates it', async () => {
    const first = await handleReminderSignup(reminderRequest({ email: ' Reader@Example.org ', month: '2027-03', frequency: 'monthly' }), { now });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ month: '2027-03', frequency: 'monthly' });
    await handleReminderSignup(reminderRequest({ email: 'reader@example.org', month: '2027-03', frequency: 'annual' }), { now });
    const rows = await db.select().from(reminders);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'reader@example.org', month: '2027-03', frequency: 'annual', sentAt: null, cancelledAt: null });
    expect(rows[0].token.length).toBeGreaterThanOrEqual(32);
  });

  it('without JavaScript, redirects back to the article with the month, and errors come back to the form', async () => {
    const ok = await handleReminderSignup(reminderRequest({ email: 'a@example.org', month: '2027-02', return: '/articles/x' }, { json: false }), { now });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/articles/x?appeal=deferred&reminder=2027-02#support');
    const bad = await handleReminderSignup(reminderRequest({ email: 'nope', month: '2027-02', return: 'https://evil.example/' }, { json: false }), { now });
    expect(bad.status).toBe(303);
    const location = new URL(bad.headers.get('location')!, 'http://localhost');
    expect(location.pathname).toBe('/support');
    expect(location.searchParams.get('form')).toBe('reminder');
    expect(location.searchParams.get('field')).toBe('email');
  });

  const badInputs: [string, Record<string, string>, string][] = [
    ['a missing address', { month: '2027-03' }, 'email'],
    ['an invalid address', { email: 'not-an-address', month: '2027-03' }, 'email'],
    ['a line break in the address (header injection)', { email: 'a@example.org\r\nBcc: b@example.org', month: '2027-03' }, 'email'],
    ['an oversized address', { email: `${'a'.repeat(250)}@example.org`, month: '2027-03' }, 'email'],
    ['an unknown month', { email: 'a@example.org', month: '2027-13' }, 'month'],
    ['a month in words', { email: 'a@example.org', month: 'March' }, 'month'],
    ['a line break in the month', { email: 'a@example.org', month: '2027-03\r\nX: y' }, 'month'],
    ['a month in the past', { email: 'a@example.org', month: '2026-12' }, 'month'],
    ['a month more than a year ahead', { email: 'a@example.org', month: '2028-02' }, 'month'],
    ['an unknown frequency', { email: 'a@example.org', month: '2027-03', frequency: 'weekly' }, 'frequency'],
    ['a line break in the frequency', { email: 'a@example.org', month: '2027-03', frequency: 'monthly\r\n' }, 'frequency'],
  ];
  for (const [what, fields, field] of badInputs) {
    it(`refuses ${what} with a 400 naming the field, and stores nothing`, async () => {
      const response = await handleReminderSignup(reminderRequest(fields), { now });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { field: string; message: string } };
      expect(body.error.field).toBe(field);
      expect(body.error.message.length).toBeGreaterThan(10);
      expect(await db.select().from(reminders)).toHaveLength(0);
    });
  }

  it('refuses an oversized form with 413 and stores nothing', async () => {
    const response = await handleReminderSignup(reminderRequest({ email: 'a@example.org', month: '2027-03', padding: 'x'.repeat(10_000) }), { now });
    expect(response.status).toBe(413);
    expect(await db.select().from(reminders)).toHaveLength(0);
  });

  it('limits signups per address (429 with Retry-After) and stores nothing more', async () => {
    const months = ['2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'];
    const statuses: number[] = [];
    for (const month of months) {
      const response = await handleReminderSignup(reminderRequest({ email: 'busy@example.org', month }), { now });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await db.select().from(reminders)).toHaveLength(5);
  });

  it('limits signups per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const response = await handleReminderSignup(reminderRequest({ email: `r${i}@example.org`, month: '2027-03' }, { ip: '192.0.2.7' }), { now });
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.at(-1)).toBe(429);
  });

  it('the cancel link asks first on GET, cancels on POST (also one-click), and refuses a tampered token', async () => {
    await handleReminderSignup(reminderRequest({ email: 'c@example.org', month: '2027-03' }), { now });
    await handleReminderSignup(reminderRequest({ email: 'c@example.org', month: '2027-05' }), { now });
    const [row] = await db.select().from(reminders);
    const url = `http://localhost/support/reminder/cancel?token=${row.token}`;

    const asked = await cancelGet(new Request(url));
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe(`/support/reminder/cancel/confirm?token=${row.token}`);
    expect((await db.select().from(reminders)).every((r) => r.cancelledAt === null)).toBe(true);

    const tampered = await cancelPost(new Request(`http://localhost/support/reminder/cancel?token=${row.token.slice(0, -2)}xx`, { method: 'POST', headers: { origin: 'http://localhost:3000' } }));
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain('not valid');
    expect((await cancelGet(new Request('http://localhost/support/reminder/cancel?token=<script>'))).status).toBe(400);

    const oneClick = await cancelPost(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }));
    expect(oneClick.status).toBe(200);
    expect((await db.select().from(reminders)).every((r) => r.cancelledAt !== null)).toBe(true);
  });

  it('POST /support/defer sets a cookie that lasts the deferral period and sends a plain form back safely', async () => {
    const response = await deferPost(new Request('http://localhost/support/defer', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' },
      body: 'return=/articles/a-story',
    }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/articles/a-story?appeal=deferred#support');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^rr_appeal_deferred=\d+; Path=\/; Max-Age=2592000; SameSite=Lax/);
    const until = Number(/=(\d+)/.exec(cookie)![1]);
    expect(Math.abs(until - Date.now() - 30 * 86_400_000)).toBeLessThan(60_000);
    // A second, long-lived cookie remembers the deferral, so a test can target the reader when they come back.
    expect(response.headers.getSetCookie()[1]).toMatch(/^rr_appeal_deferred_at=\d+; Path=\/; Max-Age=34560000; SameSite=Lax/);

    const offsite = await deferPost(new Request('http://localhost/support/defer', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' }, body: 'return=//evil.example/x' }));
    expect(offsite.headers.get('location')).toBe('/?appeal=deferred#support');
  });

  it('for a signed-in reader, POST /support/defer also records the deferral on the account (it follows them to other devices)', async () => {
    const { userId, cookie } = await createSignedInUser({ email: 'signed-in@example.org', role: 'reader' });
    expect(await getUserAppealDeferral(userId)).toBeNull();
    const response = await deferPost(new Request('http://localhost/support/defer', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: 'http://localhost:3000', cookie },
      body: 'return=/articles/a-story',
    }));
    expect(response.status).toBe(200);
    const { deferredUntil } = (await response.json()) as { deferredUntil: string };
    expect((await getUserAppealDeferral(userId))?.toISOString()).toBe(deferredUntil);
  });
});
