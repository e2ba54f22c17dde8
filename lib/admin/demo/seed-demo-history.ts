// A realistic synthetic history of reader support, written straight into the database with set-based INSERT … SELECT batches.
// About three years of supporters, subscriptions (monthly and annual, some cancelled, some past due), their renewals,
// one-off gifts in three currencies with refunds, disputes and failures, checkouts (some abandoned) and appeal counts.
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { progressBar } from './progress-bar';

export type SeedDemoOptions = { db: Database; supporters: number; contributions: number; now?: Date; batchSize?: number; quiet?: boolean };
export type SeedDemoResult = { tag: string; supporters: number; subscriptions: number; contributions: number; checkoutSessions: number; seconds: number };

const YEARS_DAYS = 1095;
// Share of contributions that are renewals of subscriptions, and the average number of payments per subscription.
const RECURRING_SHARE = 0.45;
const PAYMENTS_PER_SUBSCRIPTION = 14;

async function inBatches(label: string, total: number, batchSize: number, quiet: boolean, run: (from: number, to: number) => Promise<void>) {
  const bar = quiet ? null : progressBar(label, total);
  for (let from = 1; from <= total; from += batchSize) {
    const to = Math.min(total, from + batchSize - 1);
    await run(from, to);
    bar?.advance(to);
  }
  bar?.finish();
}

async function scalar(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  const result = await db.execute<{ n: number }>(query);
  return Number(result.rows[0]?.n ?? 0);
}

export async function seedDemoHistory(options: SeedDemoOptions): Promise<SeedDemoResult> {
  const { db, quiet = false } = options;
  const started = Date.now();
  const now = (options.now ?? new Date()).toISOString();
  const batch = options.batchSize ?? 20_000;
  const tag = crypto.randomBytes(3).toString('hex');
  const firstSupporter = (await scalar(db, sql`select coalesce(max(id), 0)::int + 1 as n from supporters`));
  const slugs = (await db.execute<{ slug: string }>(sql`select slug from articles order by published_at desc`)).rows.map((r) => r.slug);
  const articleList = sql.raw(`(array[${(slugs.length ? slugs : ['demo-story']).map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]::text[])`);

  await inBatches('supporters', options.supporters, batch, quiet, (from, to) => db.execute(sql`
    insert into supporters (email, name, stripe_customer_id, created_at, updated_at)
    select 'reader' || g || '.' || ${tag} || '@example.org',
      (array['Ana','Ben','Chloe','Dev','Elena','Femi','Grace','Hiro','Ines','Jon','Kai','Lena','Marco','Nia','Omar','Priya','Quinn','Rosa','Sam','Tomas'])[1 + (g * 7) % 20]
        || ' ' || (array['Adams','Baker','Chen','Diaz','Evans','Fischer','Garcia','Haddad','Ito','Jones','Kim','Lopez','Murphy','Nguyen','Okafor','Patel','Rossi','Smith','Tanaka','Walsh'])[1 + (g * 13) % 20],
      'cus_demo_' || ${tag} || '_' || g,
      ${now}::timestamptz - (power(random(), 0.9) * ${YEARS_DAYS}) * interval '1 day',
      ${now}::timestamptz
    from generate_series(${from}::int, ${to}::int) g`).then(() => undefined));

  const subscriptionCount = Math.min(Math.round(options.supporters * 0.5), Math.round((options.contributions * RECURRING_SHARE) / PAYMENTS_PER_SUBSCRIPTION));
  await inBatches('subscriptions', subscriptionCount, batch, quiet, (from, to) => db.execute(sql`
    insert into subscriptions (stripe_subscription_id, supporter_id, status, amount, currency, interval, current_period_end, cancel_at_period_end,
      started_at, canceled_at, ended_at, placement, article_slug, stripe_synced_at)
    select 'sub_demo_' || ${tag} || '_' || g, p.supporter_id,
      case when p.fate < 0.70 then 'active' when p.fate < 0.75 then 'active' when p.fate < 0.78 then 'past_due' else 'canceled' end,
      p.amount, p.currency, p.interval,
      case when p.fate < 0.78 then ${now}::timestamptz + random() * (case when p.interval = 'year' then 365 else 30 end) * interval '1 day' end,
      p.fate >= 0.70 and p.fate < 0.75,
      p.started_at,
      case when p.fate >= 0.70 and p.fate < 0.75 then ${now}::timestamptz - random() * 20 * interval '1 day'
           when p.fate >= 0.78 then p.started_at + p.life end,
      case when p.fate >= 0.78 then p.started_at + p.life end,
      p.placement, case when p.placement = 'article-end' then ${articleList}[1 + floor(random() * array_length(${articleList}, 1))::int] end,
      ${now}::timestamptz
    from (
      select g, s.id as supporter_id, random() as fate, s.created_at as started_at,
        case when random() < 0.8 then 'month' else 'year' end as interval,
        (array[500, 1000, 1000, 1500, 2000, 2500, 5000])[1 + floor(random() * 7)::int] as amount,
        case when random() < 0.8 then 'usd' when random() < 0.5 then 'eur' else 'gbp' end as currency,
        (${now}::timestamptz - s.created_at) * random() as life,
        case when random() < 0.6 then 'article-end' when random() < 0.75 then 'support-page' else 'newsletter' end as placement
      from generate_series(${from}::int, ${to}::int) g
      join supporters s on s.id = ${firstSupporter} + ((g::bigint * 7919) % ${options.supporters})::int
    ) p`).then(() => undefined));

  // Renewals: one contribution per billing period from the start until the subscription ended (or now).
  const firstSub = await scalar(db, sql`select coalesce(min(id), 0)::int as n from subscriptions where stripe_subscription_id like ${`sub_demo_${tag}_%`}`);
  await inBatches('renewals', subscriptionCount, Math.max(1, Math.floor(batch / PAYMENTS_PER_SUBSCRIPTION)), quiet, (from, to) => db.execute(sql`
    insert into contributions (supporter_id, subscription_id, stripe_invoice_id, stripe_charge_id, frequency, amount, currency, amount_refunded, status,
      paid_at, failed_at, placement, article_slug, created_at, updated_at)
    select r.supporter_id, r.id, 'in_demo_' || ${tag} || '_' || r.id || '_' || r.n, case when r.failed then null else 'ch_demo_' || ${tag} || '_s' || r.id || '_' || r.n end,
      case when r.interval = 'year' then 'annual' else 'monthly' end, r.amount, r.currency,
      case when r.refunded then r.amount else 0 end,
      case when r.failed then 'failed' when r.refunded then 'refunded' else 'paid' end,
      case when r.failed then null else r.at end, case when r.failed then r.at end,
      r.placement, r.article_slug, r.at, r.at
    from (
      select x.id, x.supporter_id, x.amount, x.currency, x.interval, x.placement, x.article_slug, k.n, k.at,
        (x.status = 'past_due' and k.at > ${now}::timestamptz - (case when x.interval = 'year' then 365 else 31 end) * interval '1 day') as failed,
        random() < 0.01 as refunded
      from subscriptions x
      cross join lateral (
        select row_number() over () as n, at from generate_series(x.started_at, least(coalesce(x.ended_at, ${now}::timestamptz), ${now}::timestamptz),
          case when x.interval = 'year' then interval '1 year' else interval '1 month' end) at
      ) k
      where x.id between ${firstSub + from - 1} and ${firstSub + to - 1}
    ) r`).then(() => undefined));

  const renewals = await scalar(db, sql`select count(*)::int as n from contributions where stripe_invoice_id like ${`in_demo_${tag}_%`}`);
  const oneOffs = Math.max(0, options.contributions - renewals);
  await inBatches('one-off gifts', oneOffs, batch, quiet, (from, to) => db.execute(sql`
    insert into contributions (supporter_id, stripe_payment_intent_id, stripe_charge_id, stripe_checkout_session_id, frequency, amount, currency, amount_refunded,
      status, paid_at, failed_at, placement, article_slug, created_at, updated_at)
    select o.supporter_id, 'pi_demo_' || ${tag} || '_' || o.g, 'ch_demo_' || ${tag} || '_o' || o.g, 'cs_demo_' || ${tag} || '_o' || o.g, 'once', o.amount, o.currency,
      case when o.fate < 0.02 then o.amount when o.fate < 0.03 then o.amount / 2 else 0 end,
      case when o.fate < 0.02 then 'refunded' when o.fate < 0.03 then 'partially_refunded' when o.fate < 0.033 then 'disputed' else 'paid' end,
      o.at, null,
      o.placement, case when o.placement = 'article-end' then ${articleList}[1 + floor(random() * array_length(${articleList}, 1))::int] end, o.at, o.at
    from (
      select g, s.id as supporter_id, random() as fate,
        s.created_at + (${now}::timestamptz - s.created_at) * random() as at,
        (array[300, 500, 1000, 1000, 2500, 2500, 5000, 10000])[1 + floor(random() * 8)::int] as amount,
        case when random() < 0.8 then 'usd' when random() < 0.5 then 'eur' else 'gbp' end as currency,
        case when random() < 0.65 then 'article-end' else 'support-page' end as placement
      from generate_series(${from}::int, ${to}::int) g
      join supporters s on s.id = ${firstSupporter} + ((g::bigint * 104729) % ${options.supporters})::int
    ) o`).then(() => undefined));

  // Refunds (a few days after the payment) and disputes (ten days after), as rows of their own.
  await db.execute(sql`
    insert into payment_adjustments (stripe_id, kind, contribution_id, amount, currency, status, occurred_at)
    select case when c.status = 'disputed' then 'dp_demo_' else 're_demo_' end || ${tag} || '_' || c.id, case when c.status = 'disputed' then 'dispute' else 'refund' end,
      c.id, case when c.status = 'disputed' then c.amount else c.amount_refunded end, c.currency, case when c.status = 'disputed' then 'needs_response' else 'succeeded' end,
      c.paid_at + case when c.status = 'disputed' then interval '10 days' when c.frequency = 'once' then interval '2 days' else interval '3 days' end
    from contributions c
    where (c.stripe_invoice_id like ${`in_demo_${tag}_%`} or c.stripe_payment_intent_id like ${`pi_demo_${tag}_%`}) and (c.status = 'disputed' or c.amount_refunded > 0)`);

  // Checkouts: one completed per gift and per new subscription, and about as many again left unfinished.
  const bar = quiet ? null : progressBar('checkouts and appeal', 3);
  await db.execute(sql`
    insert into checkout_sessions (stripe_checkout_session_id, frequency, amount, currency, placement, article_slug, status, created_at, completed_at)
    select c.stripe_checkout_session_id, 'once', c.amount, c.currency, c.placement, c.article_slug, 'complete', c.paid_at - interval '2 minutes', c.paid_at
    from contributions c where c.stripe_checkout_session_id like ${`cs_demo_${tag}_%`}
    union all
    select 'cs_demo_' || ${tag} || '_s' || x.id, case when x.interval = 'year' then 'annual' else 'monthly' end, x.amount, x.currency, x.placement, x.article_slug,
      'complete', x.started_at - interval '2 minutes', x.started_at
    from subscriptions x where x.stripe_subscription_id like ${`sub_demo_${tag}_%`}`);
  bar?.advance(1);
  await db.execute(sql`
    insert into checkout_sessions (stripe_checkout_session_id, frequency, amount, currency, placement, article_slug, status, created_at)
    select 'cs_demo_' || ${tag} || '_a' || c.id, c.frequency, c.amount, c.currency, c.placement, c.article_slug, 'expired', c.created_at - interval '1 hour'
    from checkout_sessions c where c.stripe_checkout_session_id like ${`cs_demo_${tag}_%`} and random() < 0.8`);
  bar?.advance(2);
  // Appeal impressions (about 40 per checkout) and "Continue" presses (about 2 per checkout), per day, placement and article.
  await db.execute(sql`
    insert into appeal_daily_counts (day, placement, article_slug, kind, count)
    select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD'), coalesce(placement, ''), coalesce(article_slug, ''), k.kind, count(*) * k.factor
    from checkout_sessions c cross join (values ('impression', 40), ('continue', 2)) as k(kind, factor)
    where c.stripe_checkout_session_id like ${`cs_demo_${tag}_%`}
    group by 1, 2, 3, k.kind, k.factor
    on conflict (day, placement, article_slug, kind) do update set count = appeal_daily_counts.count + excluded.count`);
  bar?.finish();
  // Fresh statistics, and a visibility map so that report queries can use index-only scans straight away.
  for (const table of ['supporters', 'subscriptions', 'contributions', 'checkout_sessions', 'appeal_daily_counts']) await db.execute(sql.raw(`vacuum analyze ${table}`));

  const checkouts = await scalar(db, sql`select count(*)::int as n from checkout_sessions where stripe_checkout_session_id like ${`cs_demo_${tag}_%`}`);
  return { tag, supporters: options.supporters, subscriptions: subscriptionCount, contributions: renewals + oneOffs, checkoutSessions: checkouts, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
