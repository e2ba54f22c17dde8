// One schema for embedded PGlite and real PostgreSQL. Money is integer minor units plus an ISO currency.
import { sql } from 'drizzle-orm';
import { bigint, boolean, char, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// --- Content -----------------------------------------------------------------

export const articles = pgTable('articles', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  headline: text('headline').notNull(),
  standfirst: text('standfirst').notNull(),
  byline: text('byline').notNull(),
  section: text('section').notNull(),
  // The language the article is written in (lib/i18n/locales.ts); each language's front page lists its own.
  language: text('language').notNull().default('en'),
  // Paragraphs separated by blank lines; "## " starts a subheading.
  body: text('body').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
}, (t) => [index('articles_published_at_idx').on(t.publishedAt), index('articles_language_published_idx').on(t.language, t.publishedAt)]);

// --- Accounts (next-auth tables, in the Drizzle adapter's shape, plus a role) -------------

export const users = pgTable('users', {
  id: text('id').primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text('name'),
  email: text('email').unique(),
  emailVerified: timestamp('email_verified', { mode: 'date', withTimezone: true }),
  image: text('image'),
  role: text('role', { enum: ['reader', 'staff', 'admin'] }).notNull().default('reader'),
  // "Remind me later" for a signed-in reader follows them across devices.
  appealDeferredUntil: timestamp('appeal_deferred_until', { withTimezone: true }),
  // When STAFF_EMAILS made this user an admin: it grants once, and the staff page decides afterwards.
  staffEmailsGrantedAt: timestamp('staff_emails_granted_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const accounts = pgTable('accounts', {
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  type: text('type').notNull(),
  provider: text('provider').notNull(),
  providerAccountId: text('provider_account_id').notNull(),
  refresh_token: text('refresh_token'),
  access_token: text('access_token'),
  expires_at: integer('expires_at'),
  token_type: text('token_type'),
  scope: text('scope'),
  id_token: text('id_token'),
  session_state: text('session_state'),
}, (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })]);

export const sessions = pgTable('sessions', {
  sessionToken: text('session_token').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
});

export const verificationTokens = pgTable('verification_tokens', {
  identifier: text('identifier').notNull(),
  token: text('token').notNull(),
  expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
}, (t) => [primaryKey({ columns: [t.identifier, t.token] })]);

// --- Support -------------------------------------------------------------------

export const supporters = pgTable('supporters', {
  id: serial('id').primaryKey(),
  // Lower-cased and trimmed; null once the supporter deleted their account (rows kept as anonymous amounts).
  email: text('email').unique(),
  name: text('name'),
  stripeCustomerId: text('stripe_customer_id').unique(),
  userId: text('user_id').unique().references(() => users.id, { onDelete: 'set null' }),
  anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  // The language of the reader's latest gift: emails to them (thank-you, receipts from the app) are written in it.
  locale: text('locale').notNull().default('en'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('supporters_created_at_idx').on(t.createdAt, t.id)]);

// Every Stripe customer the app's Checkouts made or used, and whose supporter it is: what "Delete my account" deletes
// (never an email search, which is case-sensitive at Stripe and finds other products' customers).
export const stripeCustomers = pgTable('stripe_customers', {
  stripeCustomerId: text('stripe_customer_id').primaryKey(),
  supporterId: integer('supporter_id').references(() => supporters.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
}, (t) => [index('stripe_customers_supporter_idx').on(t.supporterId)]);

export const subscriptions = pgTable('subscriptions', {
  id: serial('id').primaryKey(),
  stripeSubscriptionId: text('stripe_subscription_id').notNull().unique(),
  supporterId: integer('supporter_id').references(() => supporters.id, { onDelete: 'set null' }),
  // Stripe's status: active, past_due, canceled, unpaid, incomplete, incomplete_expired, trialing, paused.
  status: text('status').notNull(),
  amount: integer('amount').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  interval: text('interval', { enum: ['month', 'year'] }).notNull(),
  currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
  cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  canceledAt: timestamp('canceled_at', { withTimezone: true }),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  placement: text('placement'),
  articleSlug: text('article_slug'),
  // When the stored snapshot was read from Stripe (our clock, taken before the read); older reads never overwrite newer ones.
  stripeSyncedAt: timestamp('stripe_synced_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('subscriptions_supporter_idx').on(t.supporterId),
  index('subscriptions_status_idx').on(t.status, t.currency),
  index('subscriptions_started_idx').on(t.startedAt),
  index('subscriptions_ended_idx').on(t.endedAt),
]);

export const contributions = pgTable('contributions', {
  id: serial('id').primaryKey(),
  supporterId: integer('supporter_id').references(() => supporters.id, { onDelete: 'set null' }),
  subscriptionId: integer('subscription_id').references(() => subscriptions.id, { onDelete: 'set null' }),
  // One-off gifts are keyed by PaymentIntent, recurring ones by Invoice; the charge links refunds and disputes.
  stripePaymentIntentId: text('stripe_payment_intent_id').unique(),
  stripeInvoiceId: text('stripe_invoice_id').unique(),
  stripeChargeId: text('stripe_charge_id').unique(),
  stripeCheckoutSessionId: text('stripe_checkout_session_id').unique(),
  frequency: text('frequency', { enum: ['once', 'monthly', 'annual'] }).notNull(),
  amount: integer('amount').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  amountRefunded: integer('amount_refunded').notNull().default(0),
  // processing (a bank debit not yet settled), paid, failed, refunded, partially_refunded, disputed
  status: text('status').notNull(),
  paidAt: timestamp('paid_at', { withTimezone: true }),
  // The first failed attempt, kept when a later one succeeds: a closed month's failures never move.
  failedAt: timestamp('failed_at', { withTimezone: true }),
  placement: text('placement'),
  articleSlug: text('article_slug'),
  receiptUrl: text('receipt_url'),
  // Which appeal test and variant the reader saw, and where they came from (utm_source, the referring site's host).
  appealTestId: integer('appeal_test_id'),
  appealVariant: text('appeal_variant'),
  utmSource: text('utm_source'),
  referrerHost: text('referrer_host'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('contributions_paid_at_idx').on(t.currency, t.paidAt),
  // Covers the staff reports' range scans (index-only: no heap reads for a month of payments).
  index('contributions_paid_cover_idx').on(t.paidAt, t.currency, t.frequency, t.amount),
  index('contributions_supporter_idx').on(t.supporterId, t.paidAt),
  // The supporters list's currency and frequency filters probe this without reading the table.
  index('contributions_supporter_currency_idx').on(t.supporterId, t.currency, t.frequency),
  index('contributions_failed_at_idx').on(t.failedAt),
  index('contributions_test_idx').on(t.appealTestId, t.appealVariant),
]);

// Refunds and disputes of a payment, one row each, keyed by Stripe's id (re_…, du_…/dp_…) and dated by their own Stripe
// time: the reports count each in the month it happened, so a later refund never moves an earlier one. A refund that
// failed (or was canceled) and a dispute that was won give the money back as of reversed_at, in that month.
// Rows migrated from before (one per payment) are keyed legacy-refund-ID / legacy-dispute-ID until Stripe's own replace them.
export const paymentAdjustments = pgTable('payment_adjustments', {
  stripeId: text('stripe_id').primaryKey(),
  kind: text('kind', { enum: ['refund', 'dispute'] }).notNull(),
  contributionId: integer('contribution_id').notNull().references(() => contributions.id, { onDelete: 'cascade' }),
  amount: integer('amount').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  // Stripe's status: refunds pending, succeeded, failed, canceled; disputes needs_response, under_review, won, lost, …
  status: text('status').notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  reversedAt: timestamp('reversed_at', { withTimezone: true }),
  stripeSyncedAt: timestamp('stripe_synced_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('payment_adjustments_contribution_idx').on(t.contributionId),
  index('payment_adjustments_occurred_idx').on(t.occurredAt),
  index('payment_adjustments_reversed_idx').on(t.reversedAt),
]);

// Checkouts started from the appeal: the funnel's third step and the attribution of what follows.
export const checkoutSessions = pgTable('checkout_sessions', {
  id: serial('id').primaryKey(),
  stripeCheckoutSessionId: text('stripe_checkout_session_id').notNull().unique(),
  frequency: text('frequency', { enum: ['once', 'monthly', 'annual'] }).notNull(),
  amount: integer('amount').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  placement: text('placement'),
  articleSlug: text('article_slug'),
  status: text('status').notNull().default('open'),
  // Which appeal test and variant the reader saw, and where they came from (utm_source, the referring site's host).
  appealTestId: integer('appeal_test_id'),
  appealVariant: text('appeal_variant'),
  utmSource: text('utm_source'),
  referrerHost: text('referrer_host'),
  // The language the reader gave in (Checkout opened in it; the thank-you email is written in it).
  locale: text('locale').notNull().default('en'),
  createdAt: createdAt(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  // When the stored state was read from Stripe (null: only started here); older reads never overwrite newer ones.
  stripeSyncedAt: timestamp('stripe_synced_at', { withTimezone: true }),
}, (t) => [
  index('checkout_sessions_test_idx').on(t.appealTestId, t.appealVariant),
  index('checkout_sessions_created_idx').on(t.createdAt),
  // Covers the appeal funnel's range scan (index-only).
  index('checkout_sessions_funnel_idx').on(t.createdAt, t.placement, t.articleSlug, t.completedAt),
]);

// Every Stripe event applied, recorded in the same transaction as its effect: a repeat is a no-op.
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  stripeCreatedAt: timestamp('stripe_created_at', { withTimezone: true }).notNull(),
  processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  outcome: text('outcome'),
});

// One row per periodic job that must run on one instance at a time: who holds it until when, and how far it got
// (the Stripe reconciliation: the Stripe time up to which every event was listed and applied).
export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  leaseUntil: timestamp('lease_until', { withTimezone: true }).notNull(),
  checkpoint: timestamp('checkpoint', { withTimezone: true }),
});

// Appeal impressions and "Continue" presses, counted per day, placement and article; no personal data.
export const appealDailyCounts = pgTable('appeal_daily_counts', {
  day: text('day').notNull(),
  placement: text('placement').notNull(),
  articleSlug: text('article_slug').notNull().default(''),
  kind: text('kind', { enum: ['impression', 'continue'] }).notNull(),
  count: bigint('count', { mode: 'number' }).notNull().default(0),
}, (t) => [primaryKey({ columns: [t.day, t.placement, t.articleSlug, t.kind] })]);

// Appeal impressions and presses by test and variant (test 0: none) and by where readers came from; no personal data.
export const appealAttributionCounts = pgTable('appeal_attribution_counts', {
  day: text('day').notNull(),
  testId: integer('test_id').notNull().default(0),
  variant: text('variant').notNull().default(''),
  kind: text('kind', { enum: ['impression', 'continue'] }).notNull(),
  utmSource: text('utm_source').notNull().default(''),
  referrerHost: text('referrer_host').notNull().default(''),
  count: bigint('count', { mode: 'number' }).notNull().default(0),
}, (t) => [primaryKey({ columns: [t.testId, t.variant, t.day, t.kind, t.utmSource, t.referrerHost] })]);

// --- Campaigns: the appeal's settings and tests ------------------------------------------

// Every published version of the appeal's settings (AppealConfig in lib/campaigns), kept for good: the newest is live.
export const appealVersions = pgTable('appeal_versions', {
  id: serial('id').primaryKey(),
  config: jsonb('config').$type<Record<string, unknown>>().notNull(),
  publishedBy: text('published_by').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  // Set when this version re-published an older one.
  restoredFromId: integer('restored_from_id'),
}, (t) => [index('appeal_versions_published_idx').on(t.publishedAt)]);

// The one working draft. Saves name the revision they started from, so two editors conflict instead of overwriting.
export const appealDraft = pgTable('appeal_draft', {
  id: integer('id').primaryKey().default(1),
  config: jsonb('config').$type<Record<string, unknown>>().notNull(),
  revision: integer('revision').notNull().default(1),
  updatedBy: text('updated_by').notNull(),
  updatedAt: updatedAt(),
});

// A/B tests of the appeal (CampaignTest in lib/campaigns); only 'live' ones reach readers, between their start and end.
export const appealTests = pgTable('appeal_tests', {
  id: serial('id').primaryKey(),
  definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
  status: text('status', { enum: ['draft', 'live', 'stopped'] }).notNull().default('draft'),
  revision: integer('revision').notNull().default(1),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: updatedAt(),
});

// Staff reports' rollups, kept exact by statement triggers (migration 0005_report_rollup_triggers): per UTC 15-minute bucket (grain 'quarter', so any
// time zone's midnight is an edge) and per UTC day (grain 'day', for the whole days inside long ranges).
const contributionRollupColumns = () => ({
  grain: text('grain', { enum: ['quarter', 'day'] }).notNull(),
  bucket: timestamp('bucket', { withTimezone: true }).notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  // Payments by paid_at, per frequency.
  onceCount: bigint('once_count', { mode: 'number' }).notNull().default(0),
  onceAmount: bigint('once_amount', { mode: 'number' }).notNull().default(0),
  monthlyCount: bigint('monthly_count', { mode: 'number' }).notNull().default(0),
  monthlyAmount: bigint('monthly_amount', { mode: 'number' }).notNull().default(0),
  annualCount: bigint('annual_count', { mode: 'number' }).notNull().default(0),
  annualAmount: bigint('annual_amount', { mode: 'number' }).notNull().default(0),
  // Refunds and disputes (payment_adjustments) counted by occurred_at, their amounts given back at reversed_at; failures
  // by failed_at (amount).
  refundCount: bigint('refund_count', { mode: 'number' }).notNull().default(0),
  refundAmount: bigint('refund_amount', { mode: 'number' }).notNull().default(0),
  disputeCount: bigint('dispute_count', { mode: 'number' }).notNull().default(0),
  disputeAmount: bigint('dispute_amount', { mode: 'number' }).notNull().default(0),
  failedCount: bigint('failed_count', { mode: 'number' }).notNull().default(0),
  failedAmount: bigint('failed_amount', { mode: 'number' }).notNull().default(0),
});
export const contributionRollups = pgTable('contribution_rollups', contributionRollupColumns(), (t) => [primaryKey({ columns: [t.grain, t.bucket, t.currency] })]);
// Small writes (webhooks) append their changes here instead, so they never wait on a shared rollup row; the reports add these
// in and fold them into contribution_rollups (compact_report_rollups()).
export const contributionRollupDeltas = pgTable('contribution_rollup_deltas', contributionRollupColumns(), (t) => [
  index('contribution_rollup_deltas_bucket_idx').on(t.grain, t.bucket),
]);

// Checkouts started (by created_at) and completed within a day of starting (by completed_at), per placement and article.
const checkoutRollupColumns = () => ({
  grain: text('grain', { enum: ['quarter', 'day'] }).notNull(),
  bucket: timestamp('bucket', { withTimezone: true }).notNull(),
  placement: text('placement').notNull(),
  articleSlug: text('article_slug').notNull(),
  checkouts: bigint('checkouts', { mode: 'number' }).notNull().default(0),
  payments: bigint('payments', { mode: 'number' }).notNull().default(0),
});
export const checkoutRollups = pgTable('checkout_rollups', checkoutRollupColumns(), (t) => [primaryKey({ columns: [t.grain, t.bucket, t.placement, t.articleSlug] })]);
export const checkoutRollupDeltas = pgTable('checkout_rollup_deltas', checkoutRollupColumns(), (t) => [index('checkout_rollup_deltas_bucket_idx').on(t.grain, t.bucket)]);

// --- Reminders, newsletter, email ------------------------------------------------------

export const reminders = pgTable('reminders', {
  id: serial('id').primaryKey(),
  email: text('email').notNull(),
  month: text('month').notNull(), // YYYY-MM
  frequency: text('frequency', { enum: ['once', 'monthly', 'annual'] }).notNull().default('monthly'),
  token: text('token').notNull().unique(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  claimedAt: timestamp('claimed_at', { withTimezone: true }),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  skippedReason: text('skipped_reason'),
  // The language the reader asked in: the reminder is written in it.
  locale: text('locale').notNull().default('en'),
}, (t) => [
  uniqueIndex('reminders_email_month_idx').on(t.email, t.month),
  index('reminders_due_idx').on(t.month).where(sql`sent_at is null and cancelled_at is null`),
]);

export const newsletterSubscribers = pgTable('newsletter_subscribers', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  // pending until the emailed link is followed; only confirmed addresses count as subscribed.
  status: text('status', { enum: ['pending', 'confirmed', 'unsubscribed'] }).notNull().default('pending'),
  sourcePage: text('source_page'),
  // The language the reader signed up in: confirmation and newsletter emails are written in it.
  locale: text('locale').notNull().default('en'),
  consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('newsletter_status_idx').on(t.status)]);

export const emailOutbox = pgTable('email_outbox', {
  id: serial('id').primaryKey(),
  // Same key, same message: a retried request never queues a second copy.
  dedupeKey: text('dedupe_key').notNull().unique(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html').notNull(),
  headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
  status: text('status', { enum: ['pending', 'sending', 'sent', 'failed'] }).notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  lastError: text('last_error'),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [index('email_outbox_due_idx').on(t.status, t.nextAttemptAt)]);

// --- Staff ---------------------------------------------------------------------------

export const auditLog = pgTable('audit_log', {
  id: serial('id').primaryKey(),
  actorEmail: text('actor_email').notNull(),
  action: text('action').notNull(),
  filter: jsonb('filter').$type<Record<string, unknown>>().notNull().default({}),
  rowCount: integer('row_count'),
  createdAt: createdAt(),
}, (t) => [index('audit_log_created_idx').on(t.createdAt)]);

// Fixed-window counters shared by every app instance.
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
  // The pruning job deletes spent windows by age.
}, (t) => [index('rate_limits_window_start_idx').on(t.windowStart)]);

// Secrets every instance on one database shares (AUTH_SECRET when unset): created once, by whichever instance is first.
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});
