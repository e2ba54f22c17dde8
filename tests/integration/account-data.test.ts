// The reader's data: linking across devices and earlier gifts, export as JSON, and deletion that leaves no trace of the email.
import { eq, isNotNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, contributions, emailOutbox, newsletterSubscribers, reminders, sessions, subscriptions, supporters, users, verificationTokens } from '@/db/schema';
import { deleteAccount } from '@/lib/account/delete-account';
import { exportAccountData } from '@/lib/account/export-account-data';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { getReaderStanding } from '@/lib/account/get-reader-standing';
import { linkSupporterToUser } from '@/lib/account/link-supporter-to-user';
import { queueThankYouEmail } from '@/lib/memberships/queue-thank-you-email';
import { setNewsletterSubscription } from '@/lib/account/set-newsletter-subscription';
import { syncCheckoutSessionById } from '@/lib/memberships/sync-checkout-session';
import { syncInvoiceById } from '@/lib/memberships/sync-invoice';
import { syncSubscriptionById } from '@/lib/memberships/sync-subscription';
import { useTestDatabase } from '../helpers/test-database';
import { createReader, createUser, giveOnce, startMonthlySupport, useAccountEmulator } from './account-fixtures';

/** Every text, varchar, char and jsonb column of every table in the public schema that mentions the needle. */
async function findEverywhere(needle: string): Promise<string[]> {
  const columns = await db.execute<{ table_name: string; column_name: string }>(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb', 'json')`);
  const hits: string[] = [];
  for (const { table_name, column_name } of columns.rows) {
    const found = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} where position(${needle.toLowerCase()} in lower(${sql.identifier(column_name)}::text)) > 0`,
    );
    if (found.rows[0].n > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe('account: your data', () => {
  useTestDatabase();
  const stripeEnv = useAccountEmulator();
  const now = new Date();

  it('links a one-off gift given before sign-up, once, even from two devices at the same time', async () => {
    const [early] = await db.insert(supporters).values({ email: 'early@example.org', stripeCustomerId: 'cus_early' }).returning();
    await db.insert(contributions).values({ supporterId: early.id, frequency: 'once', amount: 2500, currency: 'usd', status: 'paid', paidAt: now, receiptUrl: 'https://pay.example/receipts/ch_1' });
    const user = await createUser('Early@Example.org');
    const [phone, laptop] = await Promise.all([linkSupporterToUser(user), linkSupporterToUser(user)]);
    expect(phone?.id).toBe(early.id);
    expect(laptop?.id).toBe(early.id);
    const overview = await getAccountOverview(user);
    expect(overview.contributions.map((c) => c.amount)).toEqual([2500]);
    expect(overview.current).toBeNull();
    const rows = await db.select().from(supporters).where(eq(supporters.userId, user.id));
    expect(rows).toHaveLength(1);
  });

  it('counts not-yet-linked active support as the reader\'s own', async () => {
    const { stripe } = stripeEnv();
    await startMonthlySupport(stripe, 'later@example.org');
    const user = await createUser('later@example.org');
    expect(Boolean((await getReaderStanding(user))?.activeRecurring)).toBe(true);
    expect(Boolean((await getReaderStanding({ id: 'someone-else', email: 'other@example.org' }))?.activeRecurring)).toBe(false);
  });

  it('gives the appeal the reader\'s standing: running recurring support, and one-off gifts only', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'standing@example.org');
    expect(await getReaderStanding(reader.user)).toEqual({ activeRecurring: true, lastPaidAt: null });
    await db.update(subscriptions).set({ status: 'canceled' }).where(eq(subscriptions.stripeSubscriptionId, reader.subscriptionId));
    expect(await getReaderStanding(reader.user)).toEqual({ activeRecurring: false, lastPaidAt: null });
    const paidAt = new Date('2026-11-01T10:00:00Z');
    await db.insert(contributions).values({ supporterId: reader.supporterId, frequency: 'once', amount: 500, currency: 'usd', status: 'paid', paidAt });
    expect(await getReaderStanding(reader.user)).toEqual({ activeRecurring: false, lastPaidAt: paidAt });
    expect(await getReaderStanding({ id: 'nobody', email: 'nobody@example.org' })).toBeNull();
  });

  it('switches the newsletter on and off', async () => {
    const user = await createUser('letters@example.org');
    expect(await setNewsletterSubscription({ user, fields: { newsletter: 'on' }, now })).toMatchObject({ ok: true });
    expect((await getAccountOverview(user)).newsletter).toBe('confirmed');
    expect(await setNewsletterSubscription({ user, fields: { newsletter: 'off' }, now })).toMatchObject({ ok: true });
    expect((await getAccountOverview(user)).newsletter).toBe('unsubscribed');
    expect(await setNewsletterSubscription({ user, fields: { newsletter: 'maybe' }, now })).toMatchObject({ ok: false, status: 400 });
  });

  it('exports everything held about the reader and nothing about anyone else', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'export@example.org');
    await createReader(stripe, 'bystander@example.org');
    await db.insert(reminders).values({ email: 'export@example.org', month: '2027-01', token: 'tok-export' });
    await setNewsletterSubscription({ user: reader.user, fields: { newsletter: 'on' }, now });
    await db.insert(emailOutbox).values({ dedupeKey: 'k-export', to: 'export@example.org', subject: 'Thank you', text: 't', html: '<p>t</p>' });

    const data = await exportAccountData({ user: reader.user, now });
    expect(data.user).toMatchObject({ id: reader.user.id, email: 'export@example.org' });
    expect(data.supporter).toMatchObject({ email: 'export@example.org', stripeCustomerId: reader.customerId });
    expect(data.subscriptions).toEqual([expect.objectContaining({ stripeSubscriptionId: reader.subscriptionId, amount: 1000, currency: 'usd', interval: 'month' })]);
    expect(data.contributions).toEqual([expect.objectContaining({ amount: 1000, frequency: 'monthly', status: 'paid' })]);
    expect(data.reminders).toEqual([expect.objectContaining({ month: '2027-01' })]);
    expect(data.newsletter).toMatchObject({ status: 'confirmed' });
    expect(data.emails.map((e) => e.subject).sort()).toEqual(['Thank you', expect.stringMatching(/^Thank you for supporting /)]);
    const text = JSON.stringify(data);
    expect(text).not.toContain('bystander');
    expect(text).not.toContain('tok-export');
  });

  it('refuses to delete without the typed confirmation, and keeps everything', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'unsure@example.org');
    expect(await deleteAccount({ user: reader.user, fields: { confirm: 'yes' }, now })).toMatchObject({ ok: false, status: 400, field: 'confirm' });
    expect(await deleteAccount({ user: reader.user, fields: {}, now })).toMatchObject({ ok: false, status: 400 });
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).status).toBe('active');
    expect(await db.select().from(users).where(eq(users.id, reader.user.id))).toHaveLength(1);
  });

  it('deletes the account: subscription cancelled and customer deleted at Stripe, the email gone from every table, gifts kept anonymously', async () => {
    const { stripe } = stripeEnv();
    const email = 'leaving@example.org';
    const onceCustomer = await giveOnce(stripe, email);
    const reader = await createReader(stripe, email);
    const stays = await createReader(stripe, 'staying@example.org');
    await db.insert(sessions).values({ sessionToken: 'session-leaving', userId: reader.user.id, expires: new Date(Date.now() + 86_400_000) });
    await db.insert(verificationTokens).values({ identifier: email, token: 'vt-leaving', expires: new Date(Date.now() + 600_000) });
    await db.insert(reminders).values({ email, month: '2027-02', token: 'tok-leaving' });
    await setNewsletterSubscription({ user: reader.user, fields: { newsletter: 'on' }, now });
    await db.insert(emailOutbox).values({ dedupeKey: 'k-leaving', to: `Leaving Reader <${email}>`, subject: 'Sign in', text: 'link', html: '<p>link</p>' });
    await db.insert(auditLog).values({ actorEmail: 'staff@example.org', action: 'export', filter: { search: email } });
    expect(await findEverywhere(email)).not.toEqual([]);

    const [gift] = await db.select().from(contributions).where(eq(contributions.supporterId, reader.supporterId));
    const result = await deleteAccount({ user: reader.user, fields: { confirm: 'DELETE' }, now });
    expect(result).toMatchObject({ ok: true });
    // Webhooks arriving after the deletion re-read Stripe (where the checkout still names the email) and bring nothing back.
    const late = await Promise.all([
      syncSubscriptionById({ stripe }, reader.subscriptionId),
      syncInvoiceById({ stripe }, gift.stripeInvoiceId!),
      syncCheckoutSessionById({ stripe }, gift.stripeCheckoutSessionId!),
    ]);
    for (const apply of late) await db.transaction((tx) => apply(tx));

    expect(await findEverywhere(email)).toEqual([]);
    expect(await findEverywhere('leaving')).toEqual([]);
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).status).toBe('canceled');
    await expect(stripe.customers.retrieve(reader.customerId)).resolves.toMatchObject({ deleted: true });
    // The customer Checkout made for the earlier one-off gift is deleted too.
    await expect(stripe.customers.retrieve(onceCustomer)).resolves.toMatchObject({ deleted: true });
    const [supporter] = await db.select().from(supporters).where(eq(supporters.id, reader.supporterId));
    expect(supporter).toMatchObject({ email: null, name: null, userId: null });
    expect(supporter.anonymisedAt).toBeInstanceOf(Date);
    // The gifts stay as anonymous amounts (a late webhook may file the monthly one under its customer's anonymous record).
    const gifts = await db
      .select({ amount: contributions.amount, email: supporters.email })
      .from(contributions)
      .innerJoin(supporters, eq(contributions.supporterId, supporters.id))
      .where(isNotNull(supporters.anonymisedAt));
    expect(gifts.map((g) => g.amount).sort()).toEqual([1000, 2500]);
    expect(gifts.every((g) => g.email === null)).toBe(true);
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, reader.subscriptionId));
    expect(sub.status).toBe('canceled');
    expect(await db.select().from(sessions).where(eq(sessions.userId, reader.user.id))).toHaveLength(0);
    expect(await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, email))).toHaveLength(0);
    const [audit] = await db.select().from(auditLog);
    expect(audit.filter).toEqual({ search: '[deleted]' });

    // Nobody else's data was touched.
    expect((await stripe.subscriptions.retrieve(stays.subscriptionId)).status).toBe('active');
    expect(await findEverywhere('staying@example.org')).toEqual(expect.arrayContaining(['supporters.email', 'users.email']));
  });

  it('thanks a supporter by email once, on the first gift, with a link to the account', async () => {
    const { stripe } = stripeEnv();
    await startMonthlySupport(stripe, 'thanks@example.org', 1500);
    const thanks = () => db.select().from(emailOutbox).where(eq(emailOutbox.to, 'thanks@example.org'));
    const mail = await thanks();
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toMatch(/^Thank you for supporting /);
    expect(mail[0].text).toContain('your monthly support of $15');
    expect(mail[0].text).toContain('http://localhost:3999/account');
    expect(mail[0].html).toContain('href="http://localhost:3999/account"');
    // A second gift by the same supporter is not thanked again by this message.
    await startMonthlySupport(stripe, 'thanks@example.org', 2000);
    expect(await thanks()).toHaveLength(1);
  });

  it('queues nothing for an anonymised supporter', async () => {
    const [gone] = await db.insert(supporters).values({ email: null, anonymisedAt: new Date() }).returning();
    await queueThankYouEmail(db, { supporterId: gone.id, amount: 500, currency: 'usd', frequency: 'once' });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `thank-you:supporter:${gone.id}`))).toHaveLength(0);
  });
});
