// Two subscriptions for one reader (paid from two browsers) are both live at Stripe: the account lists each with its own
// controls, staff see a duplicate flag, and a signed-in reader with running support is asked before starting another.
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { linkSupporterToUser } from '@/lib/account/link-supporter-to-user';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';
import { getSupporterDetails } from '@/lib/admin/get-supporter-details';
import { listSupporters } from '@/lib/admin/list-supporters';
import { parseSupporterFilters } from '@/lib/admin/parse-supporter-filters';
import { findReaderCustomer } from '@/lib/memberships/find-reader-customer';
import { findRunningSupport } from '@/lib/memberships/find-running-support';
import { runningSubscriptions } from '@/lib/memberships/running-support';
import { readCarriedChoice, readGiveAgain } from '@/lib/support/read-give-again';
import { startCheckout } from '@/lib/support/start-checkout';
import { BUILT_IN_OFFER } from '@/lib/support/validate-support-form';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser } from './admin-session-helper';
import { getSupporterIdByEmail, startMonthlySupport, useAccountEmulator } from './account-fixtures';

const APP = 'http://localhost:3999';

describe('a reader with two running subscriptions', () => {
  useTestDatabase();
  const emulator = useAccountEmulator();
  let ip = 0;

  const post = (cookie: string, fields: Record<string, string>, json = false) =>
    startCheckout(new Request(`${APP}/support/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP, cookie, 'x-client-ip': `10.8.0.${++ip}`, ...(json ? { accept: 'application/json' } : {}) },
      body: new URLSearchParams(fields).toString(),
    }), { stripe: () => emulator().stripe, database: db, appUrl: APP, publicationName: 'The Ledger', customerFor: findReaderCustomer, runningSupportFor: findRunningSupport });

  it('sees each on the account page with its own card and controls, and can stop one', async () => {
    const { stripe } = emulator();
    const { userId } = await createSignedInUser({ email: 'twice@example.org', role: 'reader' });
    const user = { id: userId, email: 'twice@example.org', name: null };
    const first = await startMonthlySupport(stripe, 'twice@example.org', 1000);
    const second = await startMonthlySupport(stripe, 'twice@example.org', 500);
    await linkSupporterToUser(user);
    const overview = await getAccountOverview(user);
    expect(overview.running.map((s) => s.stripeSubscriptionId).sort()).toEqual([first.id, second.id].sort());
    expect(Object.values(overview.cards).map((c) => c?.last4)).toEqual(['4242', '4242']);
    // Stopping the second leaves the first as it was.
    expect(await setCancelAtPeriodEnd({ user, fields: { subscription: second.id }, cancel: true, now: new Date() })).toMatchObject({ ok: true, subscription: second.id });
    const after = await getAccountOverview(user);
    expect(after.running.map((s) => [s.stripeSubscriptionId, s.cancelAtPeriodEnd]).sort()).toEqual([[first.id, false], [second.id, true]].sort());
  });

  it('is flagged to staff on the supporters list and the supporter page', async () => {
    const parsed = parseSupporterFilters(new URLSearchParams({ q: 'twice@example.org' }));
    if (!parsed.ok) throw new Error('filters');
    const row = (await listSupporters(parsed.filters)).rows.find((r) => r.email === 'twice@example.org');
    expect(row?.runningCount).toBe(2);
    const details = await getSupporterDetails(await getSupporterIdByEmail('twice@example.org'));
    expect(runningSubscriptions(details!.subscriptions)).toHaveLength(2);
  });

  it('is told before starting another recurring support, and may give again anyway; a one-off gift is not held up', async () => {
    const { stripe } = emulator();
    const { userId, cookie } = await createSignedInUser({ email: 'monthly@example.org', role: 'reader' });
    await startMonthlySupport(stripe, 'monthly@example.org', 1000);
    await linkSupporterToUser({ id: userId, email: 'monthly@example.org', name: null });
    const fields = { frequency: 'monthly', amount: '15', currency: 'usd', placement: 'support-page', nonce: 'n0nce-duplicate-1' };

    const refused = await post(cookie, fields);
    expect(refused.status).toBe(303);
    const location = new URL(refused.headers.get('location')!, APP);
    expect(location.pathname).toBe('/support/give-again');
    expect(location.searchParams.get('error')).toBe('support_already_running');
    const json = await post(cookie, fields, true);
    expect(json.status).toBe(409);
    expect(await json.json()).toEqual({ error: { field: 'again', message: 'You already give $10 monthly. This would start $15 monthly as well, charged separately.' } });

    // The page it lands on carries the choice and says it in the site's words, from the stored support.
    const page = readGiveAgain({ fields: readCarriedChoice(Object.fromEntries(location.searchParams)), offer: BUILT_IN_OFFER, running: await findRunningSupport({ id: userId, email: 'monthly@example.org' }) });
    expect(page).toMatchObject({ another: '$15 monthly', message: 'You already give $10 monthly. This would start $15 monthly as well, charged separately.' });
    expect(page!.hidden).toMatchObject(fields);

    const anyway = await post(cookie, { ...page!.hidden, again: 'yes' });
    expect(anyway.status).toBe(303);
    expect(anyway.headers.get('location')).toMatch(/\/c\/pay\/cs_/);
    const once = await post(cookie, { ...fields, frequency: 'once', nonce: 'n0nce-duplicate-2' });
    expect(once.headers.get('location')).toMatch(/\/c\/pay\/cs_/);
  });

  it('a reader with no running support (or signed out) goes straight to Stripe', async () => {
    const { cookie } = await createSignedInUser({ email: 'new@example.org', role: 'reader' });
    const response = await post(cookie, { frequency: 'annual', amount: '100', currency: 'usd', placement: 'support-page' });
    expect(response.headers.get('location')).toMatch(/\/c\/pay\/cs_/);
    const signedOut = await post('', { frequency: 'monthly', amount: '10', currency: 'usd', placement: 'support-page' });
    expect(signedOut.headers.get('location')).toMatch(/\/c\/pay\/cs_/);
  });
});
