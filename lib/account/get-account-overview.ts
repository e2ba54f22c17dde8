// Everything the /account page shows: the reader's support, their gifts with receipts, and their newsletter status.
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { contributions, newsletterSubscribers, subscriptions } from '@/db/schema';
import { runningSubscriptions } from '@/lib/memberships/running-support';
import { type AccountUser } from './account-types';
import { getSubscriptionCard, type CardSummary } from './get-subscription-card';
import { linkSupporterToUser, type Supporter } from './link-supporter-to-user';
import { normaliseEmail } from '@/lib/email/normalise-email';
import { isCurrency } from '@/lib/support/amounts';
import { getSupportChangeRules, type SupportChangeRules } from './support-change-rules';

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type ContributionRow = typeof contributions.$inferSelect;
export type NewsletterStatus = 'confirmed' | 'pending' | 'unsubscribed' | null;

export type AccountOverview = {
  supporter: Supporter | null;
  /** Every support that still takes payments, newest first; normally one (two when a reader paid twice, each charged). */
  running: SubscriptionRow[];
  /** The newest running support (what a notice describes unless it names another). */
  current: SubscriptionRow | null;
  /** The card each running support is paid with, by its Stripe id. */
  cards: Record<string, CardSummary | null>;
  card: CardSummary | null;
  /** The amounts each running support may change to (the published appeal's), by currency. */
  changeRules: Record<string, SupportChangeRules>;
  /** The newest support that has ended, shown when nothing is current. */
  ended: SubscriptionRow | null;
  contributions: ContributionRow[];
  newsletter: NewsletterStatus;
};

export async function getSubscriptionsForSupporter(supporterId: number): Promise<SubscriptionRow[]> {
  return db.select().from(subscriptions).where(eq(subscriptions.supporterId, supporterId)).orderBy(desc(subscriptions.startedAt), desc(subscriptions.id));
}

export async function getContributionsForSupporter(supporterId: number): Promise<ContributionRow[]> {
  return db
    .select()
    .from(contributions)
    .where(eq(contributions.supporterId, supporterId))
    .orderBy(desc(contributions.paidAt), desc(contributions.createdAt), desc(contributions.id));
}

export async function getNewsletterStatus(email: string): Promise<NewsletterStatus> {
  const [row] = await db
    .select({ status: newsletterSubscribers.status })
    .from(newsletterSubscribers)
    .where(eq(newsletterSubscribers.email, normaliseEmail(email)))
    .limit(1);
  return row?.status ?? null;
}

export async function getAccountOverview(user: AccountUser): Promise<AccountOverview> {
  const supporter = await linkSupporterToUser(user);
  const newsletter = await getNewsletterStatus(user.email);
  if (!supporter) return { supporter, running: [], current: null, cards: {}, card: null, changeRules: {}, ended: null, contributions: [], newsletter };
  const [all, gifts] = await Promise.all([getSubscriptionsForSupporter(supporter.id), getContributionsForSupporter(supporter.id)]);
  const running = runningSubscriptions(all);
  const current = running[0] ?? null;
  const ended = current ? null : (all[0] ?? null);
  const cards = Object.fromEntries(await Promise.all(running.map(async (s) => [s.stripeSubscriptionId, await getSubscriptionCard(s.stripeSubscriptionId)] as const)));
  const currencies = [...new Set(running.map((s) => s.currency.trim().toLowerCase()))].filter(isCurrency);
  const changeRules = Object.fromEntries(await Promise.all(currencies.map(async (c) => [c, await getSupportChangeRules(c)] as const)));
  return { supporter, running, current, cards, card: current ? cards[current.stripeSubscriptionId] : null, changeRules, ended, contributions: gifts, newsletter };
}

