// Changing and stopping recurring support from the account, against the Stripe emulator through the real SDK.
import { describe, expect, it } from 'vitest';
import { changeSubscription } from '@/lib/account/change-subscription';
import { createPortalSession } from '@/lib/account/create-portal-session';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { formMessage } from '@/lib/http/form-messages';
import { getReaderStanding } from '@/lib/account/get-reader-standing';
import { useTestDatabase } from '../helpers/test-database';
import { createReader, createUser, getSubscriptionRow, giveOnce, startMonthlySupport, useAccountEmulator } from './account-fixtures';

describe('account: change or stop recurring support', () => {
  useTestDatabase();
  const stripeEnv = useAccountEmulator();
  const now = new Date();

  it('shows the current support with amount, next payment, card and the first receipt', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'ada@example.org');
    const overview = await getAccountOverview(reader.user);
    expect(overview.current).toMatchObject({ stripeSubscriptionId: reader.subscriptionId, amount: 1000, interval: 'month', status: 'active' });
    expect(overview.current?.currentPeriodEnd?.getTime()).toBeGreaterThan(Date.now() + 27 * 86_400_000);
    expect(overview.card).toMatchObject({ brand: 'visa', last4: '4242' });
    expect(overview.contributions).toHaveLength(1);
    const receipt = overview.contributions[0].receiptUrl!;
    expect(receipt).toMatch(/\/(receipts|invoices)\//);
    expect((await fetch(receipt)).status).toBe(200);
    expect(Boolean((await getReaderStanding(reader.user))?.activeRecurring)).toBe(true);
  });

  it('raises the amount (nothing charged now) and switches to annual, which Stripe invoices at once less the unused month', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'raise@example.org');
    const invoicesBefore = (await stripe.invoices.list({ customer: reader.customerId })).data.length;

    const raised = await changeSubscription({ user: reader.user, fields: { subscription: reader.subscriptionId, amount: '15', frequency: 'monthly' }, now });
    expect(raised).toMatchObject({ ok: true });
    expect(raised.ok && formMessage(raised.notice, raised.params)).toMatch(/\$15 monthly/);
    let remote = await stripe.subscriptions.retrieve(reader.subscriptionId);
    expect(remote.items.data[0].price).toMatchObject({ unit_amount: 1500, recurring: expect.objectContaining({ interval: 'month' }) });
    expect(await getSubscriptionRow(reader.subscriptionId)).toMatchObject({ amount: 1500, interval: 'month' });

    const annual = await changeSubscription({ user: reader.user, fields: { subscription: reader.subscriptionId, amount: '120.50', frequency: 'annual' }, now });
    expect(annual).toMatchObject({ ok: true });
    remote = await stripe.subscriptions.retrieve(reader.subscriptionId);
    expect(remote.items.data[0].price).toMatchObject({ unit_amount: 12050, recurring: expect.objectContaining({ interval: 'year' }) });
    expect(remote.items).toHaveProperty('data.length', 1);
    expect(await getSubscriptionRow(reader.subscriptionId)).toMatchObject({ amount: 12050, interval: 'year' });
    // Stripe restarts the period on an interval change and bills the year now, crediting the unused month
    const invoices = (await stripe.invoices.list({ customer: reader.customerId })).data;
    expect(invoices).toHaveLength(invoicesBefore + 1);
    expect(invoices[0]).toMatchObject({ billing_reason: 'subscription_update', status: 'paid' });
    expect(invoices[0].amount_paid).toBeGreaterThanOrEqual(12050 - 1500);
    expect(invoices[0].amount_paid).toBeLessThan(12050);
  });

  it('refuses amounts the appeal would refuse, and changes nothing', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'bad-amount@example.org');
    const cases: Array<[Record<string, string>, string]> = [
      [{ subscription: reader.subscriptionId, amount: '0.5', frequency: 'monthly' }, 'amount'],
      [{ subscription: reader.subscriptionId, amount: 'ten', frequency: 'monthly' }, 'amount'],
      [{ subscription: reader.subscriptionId, amount: '1000000', frequency: 'monthly' }, 'amount'],
      [{ subscription: reader.subscriptionId, amount: '10.001', frequency: 'monthly' }, 'amount'],
      [{ subscription: reader.subscriptionId, amount: '10', frequency: 'weekly' }, 'frequency'],
      [{ subscription: 'not-an-id', amount: '10', frequency: 'monthly' }, 'subscription'],
    ];
    for (const [fields, field] of cases) {
      const result = await changeSubscription({ user: reader.user, fields, now });
      expect(result, JSON.stringify(fields)).toMatchObject({ ok: false, status: 400, field });
    }
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).items.data[0].price.unit_amount).toBe(1000);
    expect(await getSubscriptionRow(reader.subscriptionId)).toMatchObject({ amount: 1000 });
  });

  it('cancels at the end of the period, undoes it, and cancels again', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'cancel@example.org');
    const fields = { subscription: reader.subscriptionId };
    expect(await setCancelAtPeriodEnd({ user: reader.user, fields, cancel: true, now })).toMatchObject({ ok: true });
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).cancel_at_period_end).toBe(true);
    expect(await getSubscriptionRow(reader.subscriptionId)).toMatchObject({ cancelAtPeriodEnd: true, status: 'active' });

    expect(await setCancelAtPeriodEnd({ user: reader.user, fields, cancel: false, now })).toMatchObject({ ok: true });
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).cancel_at_period_end).toBe(false);
    expect(await getSubscriptionRow(reader.subscriptionId)).toMatchObject({ cancelAtPeriodEnd: false });

    expect(await setCancelAtPeriodEnd({ user: reader.user, fields, cancel: true, now })).toMatchObject({ ok: true });
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).status).toBe('active');
  });

  it('opens the Billing Portal for the reader\'s own customer, returning to /account', async () => {
    const { stripe, emulator } = stripeEnv();
    const reader = await createReader(stripe, 'portal@example.org');
    const result = await createPortalSession({ user: reader.user, fields: {} });
    expect(result).toMatchObject({ ok: true });
    const url = result.ok ? result.redirectTo! : '';
    expect(url.startsWith(emulator.url)).toBe(true);
    const page = await (await fetch(url)).text();
    expect(page).toContain('portal@example.org');
    expect(page).toContain('http://localhost:3999/account');
  });

  it('opens the portal for the customer that pays the running support, after an earlier one-off gift under another customer', async () => {
    const { stripe, emulator } = stripeEnv();
    const email = 'gave-first@example.org';
    const user = await createUser(email);
    const firstCustomer = await giveOnce(stripe, email);
    const subscription = await startMonthlySupport(stripe, email);
    expect(subscription.customer).not.toBe(firstCustomer);
    const result = await createPortalSession({ user, fields: {} });
    const id = result.ok ? result.redirectTo!.split('/').pop()! : '';
    expect(emulator.context.state.objects.portal_sessions[id]?.customer).toBe(subscription.customer);
    // Naming their own earlier customer is allowed too.
    expect(await createPortalSession({ user, fields: { customer: firstCustomer } })).toMatchObject({ ok: true });
  });

  it('gives another reader\'s subscription or customer a 404 and changes nothing', async () => {
    const { stripe, emulator } = stripeEnv();
    const victim = await createReader(stripe, 'victim@example.org');
    const intruder = await createReader(stripe, 'intruder@example.org');
    const theirs = { subscription: victim.subscriptionId };

    expect(await changeSubscription({ user: intruder.user, fields: { ...theirs, amount: '50', frequency: 'annual' }, now })).toMatchObject({ ok: false, status: 404 });
    expect(await setCancelAtPeriodEnd({ user: intruder.user, fields: theirs, cancel: true, now })).toMatchObject({ ok: false, status: 404 });
    expect(await createPortalSession({ user: intruder.user, fields: { customer: victim.customerId } })).toMatchObject({ ok: false, status: 404 });
    // An id that exists nowhere is the same 404.
    expect(await setCancelAtPeriodEnd({ user: intruder.user, fields: { subscription: 'sub_doesnotexist' }, cancel: true, now })).toMatchObject({ ok: false, status: 404 });

    const remote = await stripe.subscriptions.retrieve(victim.subscriptionId);
    expect(remote).toMatchObject({ cancel_at_period_end: false, status: 'active' });
    expect(remote.items.data[0].price.unit_amount).toBe(1000);
    expect(await getSubscriptionRow(victim.subscriptionId)).toMatchObject({ amount: 1000, interval: 'month', cancelAtPeriodEnd: false });
    const portals = Object.values(emulator.context.state.objects.portal_sessions).filter((p) => p.customer === victim.customerId);
    expect(portals).toHaveLength(0);
  });
});
