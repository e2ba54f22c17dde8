// One rule for "running support": for every Stripe subscription status, staff's list, the reader's account and the
// reminders job agree on whether the reader is still supporting (active, trialing and past_due are; the rest are not).
import { beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { db } from '@/db/client';
import { subscriptions, supporters, users } from '@/db/schema';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { getReaderStanding } from '@/lib/account/get-reader-standing';
import { setCancelAtPeriodEnd } from '@/lib/account/set-cancel-at-period-end';
import { listSupporters } from '@/lib/admin/list-supporters';
import { parseSupporterFilters, SUPPORTER_STATUSES } from '@/lib/admin/parse-supporter-filters';
import { isRunningSubscriptionStatus } from '@/lib/memberships/running-support';
import { getSupporterStandingByEmail } from '@/lib/reminders/get-supporter-standing';
import { useTestDatabase } from '../helpers/test-database';

const STATUSES: Stripe.Subscription.Status[] = ['active', 'trialing', 'past_due', 'unpaid', 'incomplete', 'incomplete_expired', 'paused', 'canceled'];
const RUNNING = ['active', 'trialing', 'past_due'];
const readers = new Map<string, { id: string; email: string; name: string }>();

async function staffFiltersListing(email: string): Promise<string[]> {
  const found: string[] = [];
  for (const status of SUPPORTER_STATUSES) {
    const parsed = parseSupporterFilters(new URLSearchParams({ status, q: email }));
    if (!parsed.ok) throw new Error(parsed.message);
    if ((await listSupporters(parsed.filters)).rows.some((row) => row.email === email)) found.push(status);
  }
  return found;
}

describe('running support, one definition', () => {
  useTestDatabase();
  beforeAll(async () => {
    for (const [i, status] of STATUSES.entries()) {
      const email = `reader-${status}@example.org`;
      const [user] = await db.insert(users).values({ email, name: status, emailVerified: new Date() }).returning();
      const [supporter] = await db.insert(supporters).values({ email, userId: user.id, stripeCustomerId: `cus_${i}` }).returning();
      const ended = ['canceled', 'incomplete_expired'].includes(status) ? new Date('2026-03-01T00:00:00Z') : null;
      await db.insert(subscriptions).values({
        stripeSubscriptionId: `sub_${status}`, supporterId: supporter.id, status, amount: 1000, currency: 'usd', interval: 'month',
        startedAt: new Date('2026-01-01T00:00:00Z'), currentPeriodEnd: new Date('2099-01-01T00:00:00Z'), canceledAt: ended, endedAt: ended,
      });
      readers.set(status, { id: user.id, email, name: status });
    }
  });

  it('is active, trialing and past_due: Stripe still collects for those', () => {
    expect(STATUSES.filter(isRunningSubscriptionStatus)).toEqual(RUNNING);
  });

  for (const status of STATUSES) {
    const running = RUNNING.includes(status);
    it(`a reader whose subscription is ${status} is ${running ? '' : 'not '}supporting, for staff, the account and reminders`, async () => {
      const reader = readers.get(status)!;
      const staff = await staffFiltersListing(reader.email);
      expect(staff.includes('ended')).toBe(!running);
      expect(staff.some((filter) => ['active', 'cancelling', 'past_due'].includes(filter))).toBe(running);

      expect((await getAccountOverview(reader)).current !== null).toBe(running);
      expect((await getReaderStanding(reader))?.activeRecurring).toBe(running);
      // Stopping support that has ended is refused before Stripe is asked (409); running support goes to Stripe.
      const stop = await setCancelAtPeriodEnd({ user: reader, fields: { subscription: `sub_${status}` }, cancel: true, now: new Date() });
      expect(!stop.ok && stop.status === 409).toBe(!running);

      expect((await getSupporterStandingByEmail([reader.email])).get(reader.email)?.activeRecurring).toBe(running);
    });
  }
});
