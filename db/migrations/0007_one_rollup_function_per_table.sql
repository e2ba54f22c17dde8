-- One trigger function per table in place of 0005's six near-identical ones (figures unchanged). Each statement on the
-- table adds its new rows and takes away its old ones, per bucket, from its transition tables: set-based, static SQL
-- (so plans are cached), on PostgreSQL and PGlite. A small write (a webhook) is appended to the deltas, so concurrent
-- payments never queue on a shared rollup row; a bulk one (100 rows or more: the demo seeder) goes straight into the
-- rollups. TRUNCATE empties both.
DROP TRIGGER contributions_rollup_insert ON contributions;
--> statement-breakpoint
DROP TRIGGER contributions_rollup_update ON contributions;
--> statement-breakpoint
DROP TRIGGER contributions_rollup_delete ON contributions;
--> statement-breakpoint
DROP TRIGGER contributions_rollup_truncate ON contributions;
--> statement-breakpoint
DROP TRIGGER checkout_sessions_rollup_insert ON checkout_sessions;
--> statement-breakpoint
DROP TRIGGER checkout_sessions_rollup_update ON checkout_sessions;
--> statement-breakpoint
DROP TRIGGER checkout_sessions_rollup_delete ON checkout_sessions;
--> statement-breakpoint
DROP TRIGGER checkout_sessions_rollup_truncate ON checkout_sessions;
--> statement-breakpoint
DROP FUNCTION contribution_rollups_apply_insert(), contribution_rollups_apply_update(), contribution_rollups_apply_delete(), contributions_rollup_truncate(),
  checkout_rollups_apply_insert(), checkout_rollups_apply_update(), checkout_rollups_apply_delete(), checkout_sessions_rollup_truncate();
--> statement-breakpoint
CREATE FUNCTION contribution_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  added contributions[];
  removed contributions[];
  bulk boolean;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM contribution_rollups;
    DELETE FROM contribution_rollup_deltas;
    RETURN NULL;
  END IF;
  -- Each operation has only its own transition tables, so each is read only where it exists.
  IF TG_OP <> 'DELETE' THEN added := array(select n from new_rows n); END IF;
  IF TG_OP <> 'INSERT' THEN removed := array(select o from old_rows o); END IF;
  bulk := coalesce(cardinality(added), cardinality(removed)) >= 100;
  IF coalesce(cardinality(added), cardinality(removed)) = 0 THEN
    RETURN NULL;
  END IF;
  with k as (
    select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, e.kind,
      sum(c.sign)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
    from (select 1 as sign, a.* from unnest(added) a union all select -1 as sign, r.* from unnest(removed) r) c
    cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.refunded_at, 'refund', c.amount_refunded),
      (c.disputed_at, 'dispute', c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
    cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
    where e.at is not null
    group by 1, 2, 3, 4
    having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0
  ), sums as (
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0) as once_count, coalesce(sum(k.amount) filter (where k.kind = 'once'), 0) as once_amount,
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0) as monthly_count, coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0) as monthly_amount,
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0) as annual_count, coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0) as annual_amount,
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0) as refund_count, coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0) as refund_amount,
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0) as dispute_count, coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0) as dispute_amount,
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0) as failed_count, coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0) as failed_amount
    from k group by 1, 2, 3
  ), into_rollups as (
    insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select * from sums where bulk order by 1, 2, 3
    on conflict (grain, bucket, currency) do update set once_count = r.once_count + excluded.once_count, once_amount = r.once_amount + excluded.once_amount, monthly_count = r.monthly_count + excluded.monthly_count, monthly_amount = r.monthly_amount + excluded.monthly_amount, annual_count = r.annual_count + excluded.annual_count, annual_amount = r.annual_amount + excluded.annual_amount, refund_count = r.refund_count + excluded.refund_count, refund_amount = r.refund_amount + excluded.refund_amount, dispute_count = r.dispute_count + excluded.dispute_count, dispute_amount = r.dispute_amount + excluded.dispute_amount, failed_count = r.failed_count + excluded.failed_count, failed_amount = r.failed_amount + excluded.failed_amount
  )
  insert into contribution_rollup_deltas (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
  select * from sums where not bulk order by 1, 2, 3;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION checkout_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  added checkout_sessions[];
  removed checkout_sessions[];
  bulk boolean;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM checkout_rollups;
    DELETE FROM checkout_rollup_deltas;
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN added := array(select n from new_rows n); END IF;
  IF TG_OP <> 'INSERT' THEN removed := array(select o from old_rows o); END IF;
  bulk := coalesce(cardinality(added), cardinality(removed)) >= 100;
  IF coalesce(cardinality(added), cardinality(removed)) = 0 THEN
    RETURN NULL;
  END IF;
  with sums as (
    select grain, bucket, placement, article_slug, checkouts, payments
    from (select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket,
        coalesce(c.placement, '') as placement, coalesce(c.article_slug, '') as article_slug,
        coalesce(sum(c.sign) filter (where e.kind = 'checkout'), 0) as checkouts, coalesce(sum(c.sign) filter (where e.kind = 'payment'), 0) as payments
      from (select 1 as sign, a.* from unnest(added) a union all select -1 as sign, r.* from unnest(removed) r) c
      cross join lateral (values (c.created_at, 'checkout'),
        -- A payment completed more than a day after its checkout began (or before it) is left to the raw query.
        (case when c.completed_at >= c.created_at and c.completed_at - c.created_at <= interval '24 hours' then c.completed_at end, 'payment')) as e(at, kind)
      cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
      where e.at is not null
      group by 1, 2, 3, 4) k
    where checkouts <> 0 or payments <> 0
  ), into_rollups as (
    insert into checkout_rollups as r (grain, bucket, placement, article_slug, checkouts, payments)
    select * from sums where bulk order by 1, 2, 3, 4
    on conflict (grain, bucket, placement, article_slug) do update set checkouts = r.checkouts + excluded.checkouts, payments = r.payments + excluded.payments
  )
  insert into checkout_rollup_deltas (grain, bucket, placement, article_slug, checkouts, payments)
  select * from sums where not bulk order by 1, 2, 3, 4;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_insert AFTER INSERT ON contributions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contribution_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_update AFTER UPDATE ON contributions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contribution_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_delete AFTER DELETE ON contributions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION contribution_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER contributions_rollup_truncate AFTER TRUNCATE ON contributions FOR EACH STATEMENT EXECUTE FUNCTION contribution_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_insert AFTER INSERT ON checkout_sessions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION checkout_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_update AFTER UPDATE ON checkout_sessions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION checkout_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_delete AFTER DELETE ON checkout_sessions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION checkout_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER checkout_sessions_rollup_truncate AFTER TRUNCATE ON checkout_sessions FOR EACH STATEMENT EXECUTE FUNCTION checkout_rollups_apply();
