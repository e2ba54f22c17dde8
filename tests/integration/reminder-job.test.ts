// The reminders job with an injected clock: sends in the chosen month, once, never to supporters, and two runners never double-send.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { contributions, emailOutbox, reminders, subscriptions, supporters } from '@/db/schema';
import { saveReminder } from '@/lib/reminders/save-reminder';
import { sendDueReminders } from '@/lib/reminders/send-due-reminders';
import { emptyTables, useTestDatabase } from '../helpers/test-database';

const signedUp = new Date('2027-01-10T15:00:00Z');

describe('reminders job', () => {
  useTestDatabase();
  beforeEach(async () => {
    await emptyTables(emailOutbox, reminders, contributions, subscriptions, supporters);
  });

  it('sends nothing before the chosen month, then one email in it, with the link back and a cancel link', async () => {
    const { token } = await saveReminder({ form: { email: 'later@example.org', month: '2027-03', frequency: 'annual' }, now: signedUp });
    expect(await sendDueReminders({ now: new Date('2027-02-27T12:00:00Z') })).toEqual({ sent: 0, skipped: 0 });
    expect(await sendDueReminders({ now: new Date('2027-03-01T12:00:00Z') })).toEqual({ sent: 1, skipped: 0 });
    expect(await sendDueReminders({ now: new Date('2027-03-02T12:00:00Z') })).toEqual({ sent: 0, skipped: 0 });

    const mail = await db.select().from(emailOutbox);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: 'later@example.org', status: 'sent' });
    expect(mail[0].subject).toContain('The Millbrook Ledger');
    expect(mail[0].text).toContain('/support?frequency=annual');
    expect(mail[0].html).toContain('href="http://localhost:3000/support?frequency=annual"');
    expect(mail[0].text).toContain(`/support/reminder/cancel?token=${token}`);
    expect(mail[0].headers['List-Unsubscribe']).toBe(`<http://localhost:3000/support/reminder/cancel?token=${token}>`);
    expect(mail[0].headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const [row] = await db.select().from(reminders);
    expect(row.sentAt?.toISOString()).toBe('2027-03-01T12:00:00.000Z');
  });

  it('uses the publication time zone: 1 March 03:00 UTC is still February in New York', async () => {
    await saveReminder({ form: { email: 'tz@example.org', month: '2027-03', frequency: 'monthly' }, now: signedUp });
    expect((await sendDueReminders({ now: new Date('2027-03-01T03:00:00Z') })).sent).toBe(0);
    expect((await sendDueReminders({ now: new Date('2027-03-01T06:00:00Z') })).sent).toBe(1);
  });

  it('never reminds someone who has become a supporter since (one-off gift or active recurring)', async () => {
    await saveReminder({ form: { email: 'gave@example.org', month: '2027-02', frequency: 'once' }, now: signedUp });
    await saveReminder({ form: { email: 'member@example.org', month: '2027-02', frequency: 'monthly' }, now: signedUp });
    await saveReminder({ form: { email: 'still-reading@example.org', month: '2027-02', frequency: 'monthly' }, now: signedUp });
    // Unrelated supporters first, so supporter ids differ from contribution and subscription ids.
    await db.insert(supporters).values([{ email: 'other1@example.org' }, { email: 'other2@example.org' }, { email: 'other3@example.org' }]);
    const [giver, member] = await db.insert(supporters).values([{ email: 'gave@example.org' }, { email: 'member@example.org' }]).returning();
    await db.insert(contributions).values({ supporterId: giver.id, frequency: 'once', amount: 2500, currency: 'usd', status: 'paid', paidAt: new Date('2027-01-20T10:00:00Z') });
    await db.insert(subscriptions).values({
      stripeSubscriptionId: 'sub_test_1', supporterId: member.id, status: 'active', amount: 1000, currency: 'usd', interval: 'month', startedAt: new Date('2026-06-01T00:00:00Z'),
    });

    expect(await sendDueReminders({ now: new Date('2027-02-15T12:00:00Z') })).toEqual({ sent: 1, skipped: 2 });
    const mail = await db.select().from(emailOutbox);
    expect(mail.map((m) => m.to)).toEqual(['still-reading@example.org']);
    const skipped = await db.select().from(reminders).where(eq(reminders.skippedReason, 'became a supporter'));
    expect(skipped.map((r) => r.email).sort()).toEqual(['gave@example.org', 'member@example.org']);
  });

  it('a cancelled reminder is not sent', async () => {
    await saveReminder({ form: { email: 'cancel@example.org', month: '2027-02', frequency: 'monthly' }, now: signedUp });
    await db.update(reminders).set({ cancelledAt: signedUp });
    expect((await sendDueReminders({ now: new Date('2027-02-15T12:00:00Z') })).sent).toBe(0);
  });

  it('two runners at once send every due reminder exactly once', async () => {
    const count = 150;
    await db.insert(reminders).values(Array.from({ length: count }, (_, i) => ({
      email: `r${i}@example.org`, month: '2027-02', frequency: 'monthly' as const, token: `tok-${i}-${'x'.repeat(20)}`, createdAt: signedUp,
    })));
    const now = new Date('2027-02-15T12:00:00Z');
    const [a, b] = await Promise.all([sendDueReminders({ now, batchSize: 10 }), sendDueReminders({ now, batchSize: 10 })]);
    expect(a.sent + b.sent).toBe(count);
    const mail = await db.select({ to: emailOutbox.to }).from(emailOutbox);
    expect(mail).toHaveLength(count);
    expect(new Set(mail.map((m) => m.to)).size).toBe(count);
    const unsent = (await db.select().from(reminders)).filter((r) => r.sentAt === null);
    expect(unsent).toHaveLength(0);
  });
});
