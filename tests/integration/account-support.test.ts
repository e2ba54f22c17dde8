// Changing and stopping recurring support from the account, against the Stripe emulator through the real SDK.
import { describe, expect, it } from 'vitest';
import { changeSubscription } from '@/lib/account/change-subscription';
import { createPortalSession } from '@/lib/account/create-portal-session';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { formMessage } from '@/lib/http/form-messages';
import { getReaderStanding } from '@/lib/account/get-reader-standing';
import { previewSupportChange } from '@/lib/account/preview-support-change';
import { readAccountMessages } from '@/lib/account/read-account-messages';
import { publishAppeal } from '@/lib/campaigns/publish-appeal';
import { builtInAppealConfig } from '@/lib/campaigns/default-appeal-config';
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

    // Annual: Stripe starts a new year today and invoices it at once, less the unused month. The reader is told the
    // amount first (Stripe's preview) and nothing changes until they confirm it.
    const switchTo = { subscription: reader.subscriptionId, amount: '120.50', frequency: 'annual' };
    const asked = await changeSubscription({ user: reader.user, fields: switchTo, now });
    expect(asked).toMatchObject({ ok: false, status: 409, code: 'support_switch_confirm', field: 'frequency' });
    if (asked.ok) return;
    const shown = formMessage(asked.code, asked.params)!;
    expect(shown).toMatch(/^Switching to \$120\.50 annual starts a new year today: \$1[01]\d(\.\d\d)? is charged now \(\$120\.50 for the year, less \$\d+(\.\d\d)? for the unused part of your current payment\)\. Your next payment would be on /);
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).items.data[0].price.recurring?.interval).toBe('month');
    expect((await stripe.invoices.list({ customer: reader.customerId })).data).toHaveLength(invoicesBefore);
    const preview = await previewSupportChange({ stripe, change: { stripeSubscriptionId: reader.subscriptionId, amount: 12050, currency: 'usd', frequency: 'annual' } });
    // A confirmation for a moment long past (or none at all) is shown afresh, not charged.
    expect(await changeSubscription({ user: reader.user, fields: { ...switchTo, confirm: 'charge', proration_date: String(preview.prorationDate - 7200) }, now })).toMatchObject({ ok: false, status: 409 });

    const annual = await changeSubscription({ user: reader.user, fields: { ...switchTo, confirm: 'charge', proration_date: String(preview.prorationDate) }, now });
    expect(annual).toMatchObject({ ok: true, notice: 'support_switched_charged' });
    remote = await stripe.subscriptions.retrieve(reader.subscriptionId);
    expect(remote.items.data[0].price).toMatchObject({ unit_amount: 12050, recurring: expect.objectContaining({ interval: 'year' }) });
    expect(remote.items).toHaveProperty('data.length', 1);
    expect(await getSubscriptionRow(reader.subscriptionId)).toMatchObject({ amount: 12050, interval: 'year' });
    // Exactly the amount shown was charged, and the notice says so.
    const invoices = (await stripe.invoices.list({ customer: reader.customerId })).data;
    expect(invoices).toHaveLength(invoicesBefore + 1);
    expect(invoices[0]).toMatchObject({ billing_reason: 'subscription_update', status: 'paid', amount_paid: preview.dueNow });
    expect(preview.dueNow).toBe(12050 - preview.unused);
    expect(annual.ok && formMessage(annual.notice, annual.params)).toBe(
      `Thank you. Your support is now $120.50 annual. $${(preview.dueNow / 100).toFixed(2)} was charged today; your next payment is on ${annual.ok && annual.params!.day}.`);
    // The charge is on the account at once (and the page's notice names it from there).
    const overview = await getAccountOverview(reader.user);
    expect(overview.contributions[0]).toMatchObject({ amount: preview.dueNow, status: 'paid', frequency: 'annual' });
    expect(readAccountMessages({ notice: 'support_switched_charged' }, overview.current, overview.contributions).notice).toBe(formMessage(annual.ok && annual.notice, annual.ok ? annual.params : {}));

    // Back to monthly: the unused year pays for the month and more; nothing is charged, and the reader is told so.
    const back = { subscription: reader.subscriptionId, amount: '10', frequency: 'monthly' };
    const credit = await changeSubscription({ user: reader.user, fields: back, now });
    expect(credit).toMatchObject({ ok: false, status: 409, code: 'support_switch_confirm_credit' });
    expect(!credit.ok && formMessage(credit.code, credit.params)).toMatch(/^Switching to \$10 monthly starts a new month today\. Nothing is charged now: the unused part of your current payment \(\$1\d\d(\.\d\d)?\) pays for it, and the \$1\d\d(\.\d\d)? left over counts toward your next payments\.$/);
    const backPreview = await previewSupportChange({ stripe, change: { stripeSubscriptionId: reader.subscriptionId, amount: 1000, currency: 'usd', frequency: 'monthly' } });
    const monthly = await changeSubscription({ user: reader.user, fields: { ...back, confirm: 'charge', proration_date: String(backPreview.prorationDate) }, now });
    expect(monthly).toMatchObject({ ok: true, notice: 'support_switched_credited' });
    expect((await stripe.invoices.list({ customer: reader.customerId })).data[0]).toMatchObject({ billing_reason: 'subscription_update', amount_paid: 0 });
  });

  it('changes only to amounts the published appeal offers, as the form shows them', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'published@example.org');
    const config = builtInAppealConfig();
    const usd = { ...config.amounts.usd, monthly: { ...config.amounts.usd.monthly, min: 500 } };
    expect(await publishAppeal({ config: { ...config, amounts: { ...config.amounts, usd } }, expectedRevision: 0, actorEmail: 'editor@example.org' })).toMatchObject({ ok: true });
    // $3 a month: the built-in table allows it, the published appeal does not.
    const refused = await changeSubscription({ user: reader.user, fields: { subscription: reader.subscriptionId, amount: '3', frequency: 'monthly' }, now });
    expect(refused).toMatchObject({ ok: false, status: 400, code: 'amount_below_minimum', params: { minimum: '$5' } });
    expect((await getAccountOverview(reader.user)).changeRules.usd.monthly.min).toBe(500);
    expect(await changeSubscription({ user: reader.user, fields: { subscription: reader.subscriptionId, amount: '6', frequency: 'monthly' }, now })).toMatchObject({ ok: true });
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
