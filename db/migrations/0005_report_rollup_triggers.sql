-- Keeps contribution_rollups exact: each statement on contributions adds its new rows and takes away its old ones, per bucket
-- (set-based, through transition tables, so bulk writes stay fast; static SQL, so plans are cached). Works on PostgreSQL and PGlite.
CREATE FUNCTION contribution_rollups_apply_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed bigint;
BEGIN
  SELECT count(*) INTO changed FROM new_rows;
  IF changed = 0 THEN
    RETURN NULL;
  ELSIF changed >= 100 THEN
    -- A bulk write (the demo seeder): straight into the rollups.
    insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0), coalesce(sum(k.amount) filter (where k.kind = 'once'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0), coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0), coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0), coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0), coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0), coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0)
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
        sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
      from (select 1 as sign, * from new_rows) c
      cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
        (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4
      having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0) k
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (grain, bucket, currency) do update set once_count = r.once_count + excluded.once_count, once_amount = r.once_amount + excluded.once_amount, monthly_count = r.monthly_count + excluded.monthly_count, monthly_amount = r.monthly_amount + excluded.monthly_amount, annual_count = r.annual_count + excluded.annual_count, annual_amount = r.annual_amount + excluded.annual_amount, refund_count = r.refund_count + excluded.refund_count, refund_amount = r.refund_amount + excluded.refund_amount, dispute_count = r.dispute_count + excluded.dispute_count, dispute_amount = r.dispute_amount + excluded.dispute_amount, failed_count = r.failed_count + excluded.failed_count, failed_amount = r.failed_amount + excluded.failed_amount;
  ELSE
    -- A small write (a webhook): appended, so that concurrent payments never queue on a shared rollup row.
    insert into contribution_rollup_deltas as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0), coalesce(sum(k.amount) filter (where k.kind = 'once'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0), coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0), coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0), coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0), coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0), coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0)
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
        sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
      from (select 1 as sign, * from new_rows) c
      cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
        (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4
      having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0) k
    group by 1, 2, 3
    order by 1, 2, 3;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION contribution_rollups_apply_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed bigint;
BEGIN
  SELECT count(*) INTO changed FROM new_rows;
  IF changed = 0 THEN
    RETURN NULL;
  ELSIF changed >= 100 THEN
    -- A bulk write (the demo seeder): straight into the rollups.
    insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0), coalesce(sum(k.amount) filter (where k.kind = 'once'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0), coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0), coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0), coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0), coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0), coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0)
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
        sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
      from (select 1 as sign, * from new_rows union all select -1 as sign, * from old_rows) c
      cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
        (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4
      having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0) k
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (grain, bucket, currency) do update set once_count = r.once_count + excluded.once_count, once_amount = r.once_amount + excluded.once_amount, monthly_count = r.monthly_count + excluded.monthly_count, monthly_amount = r.monthly_amount + excluded.monthly_amount, annual_count = r.annual_count + excluded.annual_count, annual_amount = r.annual_amount + excluded.annual_amount, refund_count = r.refund_count + excluded.refund_count, refund_amount = r.refund_amount + excluded.refund_amount, dispute_count = r.dispute_count + excluded.dispute_count, dispute_amount = r.dispute_amount + excluded.dispute_amount, failed_count = r.failed_count + excluded.failed_count, failed_amount = r.failed_amount + excluded.failed_amount;
  ELSE
    -- A small write (a webhook): appended, so that concurrent payments never queue on a shared rollup row.
    insert into contribution_rollup_deltas as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0), coalesce(sum(k.amount) filter (where k.kind = 'once'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0), coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0), coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0), coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0), coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0), coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0)
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
        sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
      from (select 1 as sign, * from new_rows union all select -1 as sign, * from old_rows) c
      cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
        (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4
      having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0) k
    group by 1, 2, 3
    order by 1, 2, 3;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION contribution_rollups_apply_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed bigint;
BEGIN
  SELECT count(*) INTO changed FROM old_rows;
  IF changed = 0 THEN
    RETURN NULL;
  ELSIF changed >= 100 THEN
    -- A bulk write (the demo seeder): straight into the rollups.
    insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0), coalesce(sum(k.amount) filter (where k.kind = 'once'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0), coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0), coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0), coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0), coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0), coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0)
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
        sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
      from (select -1 as sign, * from old_rows) c
      cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
        (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4
      having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0) k
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (grain, bucket, currency) do update set once_count = r.once_count + excluded.once_count, once_amount = r.once_amount + excluded.once_amount, monthly_count = r.monthly_count + excluded.monthly_count, monthly_amount = r.monthly_amount + excluded.monthly_amount, annual_count = r.annual_count + excluded.annual_count, annual_amount = r.annual_amount + excluded.annual_amount, refund_count = r.refund_count + excluded.refund_count, refund_amount = r.refund_amount + excluded.refund_amount, dispute_count = r.dispute_count + excluded.dispute_count, dispute_amount = r.dispute_amount + excluded.dispute_amount, failed_count = r.failed_count + excluded.failed_count, failed_amount = r.failed_amount + excluded.failed_amount;
  ELSE
    -- A small write (a webhook): appended, so that concurrent payments never queue on a shared rollup row.
    insert into contribution_rollup_deltas as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0), coalesce(sum(k.amount) filter (where k.kind = 'once'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0), coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0), coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0), coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0), coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0), coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0)
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
        sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
      from (select -1 as sign, * from old_rows) c
      cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
        (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4
      having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0) k
    group by 1, 2, 3
    order by 1, 2, 3;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_insert AFTER INSERT ON contributions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contribution_rollups_apply_insert();
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_update AFTER UPDATE ON contributions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contribution_rollups_apply_update();
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_delete AFTER DELETE ON contributions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION contribution_rollups_apply_delete();
--> statement-breakpoint
CREATE FUNCTION contributions_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN DELETE FROM contribution_rollups; DELETE FROM contribution_rollup_deltas; RETURN NULL; END $fn$;
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_truncate AFTER TRUNCATE ON contributions FOR EACH STATEMENT EXECUTE FUNCTION contributions_rollup_truncate();
--> statement-breakpoint
-- The same for the appeal funnel's checkouts; a payment counts only when completed within 24 hours of the start (the report's rule).
CREATE FUNCTION checkout_rollups_apply_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed bigint;
BEGIN
  SELECT count(*) INTO changed FROM new_rows;
  IF changed = 0 THEN
    RETURN NULL;
  ELSIF changed >= 100 THEN
    -- A bulk write (the demo seeder): straight into the rollups.
    insert into checkout_rollups as r (grain, bucket, placement, article_slug, checkouts, payments)
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select 1 as sign, * from new_rows) c
      cross join lateral (values (c.created_at, 'checkout'),
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
    order by 1, 2, 3, 4
    on conflict (grain, bucket, placement, article_slug) do update set checkouts = r.checkouts + excluded.checkouts, payments = r.payments + excluded.payments;
  ELSE
    -- A small write (a webhook): appended, so that concurrent payments never queue on a shared rollup row.
    insert into checkout_rollup_deltas as r (grain, bucket, placement, article_slug, checkouts, payments)
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select 1 as sign, * from new_rows) c
      cross join lateral (values (c.created_at, 'checkout'),
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
    order by 1, 2, 3, 4;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION checkout_rollups_apply_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed bigint;
BEGIN
  SELECT count(*) INTO changed FROM new_rows;
  IF changed = 0 THEN
    RETURN NULL;
  ELSIF changed >= 100 THEN
    -- A bulk write (the demo seeder): straight into the rollups.
    insert into checkout_rollups as r (grain, bucket, placement, article_slug, checkouts, payments)
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select 1 as sign, * from new_rows union all select -1 as sign, * from old_rows) c
      cross join lateral (values (c.created_at, 'checkout'),
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
    order by 1, 2, 3, 4
    on conflict (grain, bucket, placement, article_slug) do update set checkouts = r.checkouts + excluded.checkouts, payments = r.payments + excluded.payments;
  ELSE
    -- A small write (a webhook): appended, so that concurrent payments never queue on a shared rollup row.
    insert into checkout_rollup_deltas as r (grain, bucket, placement, article_slug, checkouts, payments)
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select 1 as sign, * from new_rows union all select -1 as sign, * from old_rows) c
      cross join lateral (values (c.created_at, 'checkout'),
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
    order by 1, 2, 3, 4;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION checkout_rollups_apply_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  changed bigint;
BEGIN
  SELECT count(*) INTO changed FROM old_rows;
  IF changed = 0 THEN
    RETURN NULL;
  ELSIF changed >= 100 THEN
    -- A bulk write (the demo seeder): straight into the rollups.
    insert into checkout_rollups as r (grain, bucket, placement, article_slug, checkouts, payments)
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select -1 as sign, * from old_rows) c
      cross join lateral (values (c.created_at, 'checkout'),
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
    order by 1, 2, 3, 4
    on conflict (grain, bucket, placement, article_slug) do update set checkouts = r.checkouts + excluded.checkouts, payments = r.payments + excluded.payments;
  ELSE
    -- A small write (a webhook): appended, so that concurrent payments never queue on a shared rollup row.
    insert into checkout_rollup_deltas as r (grain, bucket, placement, article_slug, checkouts, payments)
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select -1 as sign, * from old_rows) c
      cross join lateral (values (c.created_at, 'checkout'),
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
    order by 1, 2, 3, 4;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_insert AFTER INSERT ON checkout_sessions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION checkout_rollups_apply_insert();
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_update AFTER UPDATE ON checkout_sessions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION checkout_rollups_apply_update();
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_delete AFTER DELETE ON checkout_sessions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION checkout_rollups_apply_delete();
--> statement-breakpoint
CREATE FUNCTION checkout_sessions_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN DELETE FROM checkout_rollups; DELETE FROM checkout_rollup_deltas; RETURN NULL; END $fn$;
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_truncate AFTER TRUNCATE ON checkout_sessions FOR EACH STATEMENT EXECUTE FUNCTION checkout_sessions_rollup_truncate();
--> statement-breakpoint
-- Folds the appended changes into the rollups (the reports call it before reading; the sums are the same either way).
CREATE FUNCTION compact_report_rollups() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  with moved as (delete from contribution_rollup_deltas returning *)
  insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
  select k.grain, k.bucket, k.currency, sum(k.once_count), sum(k.once_amount), sum(k.monthly_count), sum(k.monthly_amount), sum(k.annual_count), sum(k.annual_amount), sum(k.refund_count), sum(k.refund_amount), sum(k.dispute_count), sum(k.dispute_amount), sum(k.failed_count), sum(k.failed_amount) from moved k group by 1, 2, 3 order by 1, 2, 3
  on conflict (grain, bucket, currency) do update set once_count = r.once_count + excluded.once_count, once_amount = r.once_amount + excluded.once_amount, monthly_count = r.monthly_count + excluded.monthly_count, monthly_amount = r.monthly_amount + excluded.monthly_amount, annual_count = r.annual_count + excluded.annual_count, annual_amount = r.annual_amount + excluded.annual_amount, refund_count = r.refund_count + excluded.refund_count, refund_amount = r.refund_amount + excluded.refund_amount, dispute_count = r.dispute_count + excluded.dispute_count, dispute_amount = r.dispute_amount + excluded.dispute_amount, failed_count = r.failed_count + excluded.failed_count, failed_amount = r.failed_amount + excluded.failed_amount;
  with moved as (delete from checkout_rollup_deltas returning *)
  insert into checkout_rollups as r (grain, bucket, placement, article_slug, checkouts, payments)
  select grain, bucket, placement, article_slug, sum(checkouts), sum(payments) from moved group by 1, 2, 3, 4 order by 1, 2, 3, 4
  on conflict (grain, bucket, placement, article_slug) do update set checkouts = r.checkouts + excluded.checkouts, payments = r.payments + excluded.payments;
END
$fn$;
--> statement-breakpoint
-- Backfill from the rows already there.
insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0), coalesce(sum(k.amount) filter (where k.kind = 'once'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0), coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0), coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0), coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0), coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0),
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0), coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0)
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
        sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
      from (select 1 as sign, * from contributions) c
      cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
        (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4
      having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0) k
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (grain, bucket, currency) do update set once_count = r.once_count + excluded.once_count, once_amount = r.once_amount + excluded.once_amount, monthly_count = r.monthly_count + excluded.monthly_count, monthly_amount = r.monthly_amount + excluded.monthly_amount, annual_count = r.annual_count + excluded.annual_count, annual_amount = r.annual_amount + excluded.annual_amount, refund_count = r.refund_count + excluded.refund_count, refund_amount = r.refund_amount + excluded.refund_amount, dispute_count = r.dispute_count + excluded.dispute_count, dispute_amount = r.dispute_amount + excluded.dispute_amount, failed_count = r.failed_count + excluded.failed_count, failed_amount = r.failed_amount + excluded.failed_amount;
--> statement-breakpoint
insert into checkout_rollups as r (grain, bucket, placement, article_slug, checkouts, payments)
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select 1 as sign, * from checkout_sessions) c
      cross join lateral (values (c.created_at, 'checkout'),
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
    order by 1, 2, 3, 4
    on conflict (grain, bucket, placement, article_slug) do update set checkouts = r.checkouts + excluded.checkouts, payments = r.payments + excluded.payments;
--> statement-breakpoint
-- Payments completed more than a day after their checkout began (or before it) are left to the raw query; this keeps it cheap.
CREATE INDEX checkout_sessions_late_completion_idx ON checkout_sessions (completed_at) WHERE completed_at < created_at OR completed_at - created_at > interval '24 hours';
--> statement-breakpoint
ANALYZE contribution_rollups;
--> statement-breakpoint
ANALYZE checkout_rollups;
