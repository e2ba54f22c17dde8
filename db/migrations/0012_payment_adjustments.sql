-- Refunds and disputes become rows of their own (payment_adjustments), each dated by its own Stripe time, so a second
-- partial refund in April no longer moves March's refund to April. The one refund and one dispute each payment had are
-- carried over (keyed legacy-refund-ID / legacy-dispute-ID; the next sync of that payment replaces them with Stripe's
-- own rows) before the adjustments' trigger exists, so the rollups already holding them stay exactly as they are.
CREATE TABLE "payment_adjustments" (
	"stripe_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"contribution_id" integer NOT NULL,
	"amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"reversed_at" timestamp with time zone,
	"stripe_synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_adjustments" ADD CONSTRAINT "payment_adjustments_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_adjustments_contribution_idx" ON "payment_adjustments" USING btree ("contribution_id");--> statement-breakpoint
CREATE INDEX "payment_adjustments_occurred_idx" ON "payment_adjustments" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "payment_adjustments_reversed_idx" ON "payment_adjustments" USING btree ("reversed_at");--> statement-breakpoint
INSERT INTO "payment_adjustments" ("stripe_id", "kind", "contribution_id", "amount", "currency", "status", "occurred_at")
SELECT 'legacy-refund-' || "id", 'refund', "id", "amount_refunded", "currency", 'succeeded', "refunded_at" FROM "contributions" WHERE "refunded_at" IS NOT NULL
UNION ALL
SELECT 'legacy-dispute-' || "id", 'dispute', "id", "amount", "currency", 'migrated', "disputed_at" FROM "contributions" WHERE "disputed_at" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "contributions" DROP COLUMN "refunded_at";--> statement-breakpoint
ALTER TABLE "contributions" DROP COLUMN "disputed_at";
--> statement-breakpoint
-- Payments by paid_at and failures by failed_at; otherwise as 0007's.
CREATE OR REPLACE FUNCTION contribution_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
    cross join lateral (values (c.paid_at, c.frequency, c.amount), (c.failed_at, 'failed', c.amount)) as e(at, kind, amount)
    cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
    where e.at is not null
    group by 1, 2, 3, 4
    having sum(c.sign) <> 0 or sum(c.sign * e.amount::bigint) <> 0
  ), sums as (
    select k.grain, k.bucket, k.currency,
      coalesce(sum(k.n) filter (where k.kind = 'once'), 0) as once_count, coalesce(sum(k.amount) filter (where k.kind = 'once'), 0) as once_amount,
      coalesce(sum(k.n) filter (where k.kind = 'monthly'), 0) as monthly_count, coalesce(sum(k.amount) filter (where k.kind = 'monthly'), 0) as monthly_amount,
      coalesce(sum(k.n) filter (where k.kind = 'annual'), 0) as annual_count, coalesce(sum(k.amount) filter (where k.kind = 'annual'), 0) as annual_amount,
      0::bigint as refund_count, 0::bigint as refund_amount, 0::bigint as dispute_count, 0::bigint as dispute_amount,
      coalesce(sum(k.n) filter (where k.kind = 'failed'), 0) as failed_count, coalesce(sum(k.amount) filter (where k.kind = 'failed'), 0) as failed_amount
    from k group by 1, 2, 3
  ), into_rollups as (
    insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select * from sums where bulk order by 1, 2, 3
    on conflict (grain, bucket, currency) do update set once_count = r.once_count + excluded.once_count, once_amount = r.once_amount + excluded.once_amount, monthly_count = r.monthly_count + excluded.monthly_count, monthly_amount = r.monthly_amount + excluded.monthly_amount, annual_count = r.annual_count + excluded.annual_count, annual_amount = r.annual_amount + excluded.annual_amount, failed_count = r.failed_count + excluded.failed_count, failed_amount = r.failed_amount + excluded.failed_amount
  )
  insert into contribution_rollup_deltas (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
  select * from sums where not bulk order by 1, 2, 3;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- Refunds and disputes into the same rollups: counted (and their amount taken) at occurred_at, the amount given back
-- at reversed_at (a failed refund, a won dispute), each in its own bucket. TRUNCATE takes out every refund and dispute.
CREATE FUNCTION payment_adjustment_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  added payment_adjustments[];
  removed payment_adjustments[];
  bulk boolean;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE contribution_rollups SET refund_count = 0, refund_amount = 0, dispute_count = 0, dispute_amount = 0;
    UPDATE contribution_rollup_deltas SET refund_count = 0, refund_amount = 0, dispute_count = 0, dispute_amount = 0;
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN added := array(select n from new_rows n); END IF;
  IF TG_OP <> 'INSERT' THEN removed := array(select o from old_rows o); END IF;
  bulk := coalesce(cardinality(added), cardinality(removed)) >= 100;
  IF coalesce(cardinality(added), cardinality(removed)) = 0 THEN
    RETURN NULL;
  END IF;
  with k as (
    select g.grain, date_bin(g.stride, e.at, timestamptz '2000-01-01 00:00:00+00') as bucket, c.currency, c.kind,
      sum(c.sign * e.n)::bigint as n, sum(c.sign * e.amount::bigint)::bigint as amount
    from (select 1 as sign, a.* from unnest(added) a union all select -1 as sign, r.* from unnest(removed) r) c
    cross join lateral (values (c.occurred_at, 1, c.amount), (c.reversed_at, 0, -c.amount)) as e(at, n, amount)
    cross join (values ('quarter', interval '15 minutes'), ('day', interval '1 day')) as g(grain, stride)
    where e.at is not null
    group by 1, 2, 3, 4
    having sum(c.sign * e.n) <> 0 or sum(c.sign * e.amount::bigint) <> 0
  ), sums as (
    select k.grain, k.bucket, k.currency,
      0::bigint as once_count, 0::bigint as once_amount, 0::bigint as monthly_count, 0::bigint as monthly_amount, 0::bigint as annual_count, 0::bigint as annual_amount,
      coalesce(sum(k.n) filter (where k.kind = 'refund'), 0) as refund_count, coalesce(sum(k.amount) filter (where k.kind = 'refund'), 0) as refund_amount,
      coalesce(sum(k.n) filter (where k.kind = 'dispute'), 0) as dispute_count, coalesce(sum(k.amount) filter (where k.kind = 'dispute'), 0) as dispute_amount,
      0::bigint as failed_count, 0::bigint as failed_amount
    from k group by 1, 2, 3
  ), into_rollups as (
    insert into contribution_rollups as r (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
    select * from sums where bulk order by 1, 2, 3
    on conflict (grain, bucket, currency) do update set refund_count = r.refund_count + excluded.refund_count, refund_amount = r.refund_amount + excluded.refund_amount, dispute_count = r.dispute_count + excluded.dispute_count, dispute_amount = r.dispute_amount + excluded.dispute_amount
  )
  insert into contribution_rollup_deltas (grain, bucket, currency, once_count, once_amount, monthly_count, monthly_amount, annual_count, annual_amount, refund_count, refund_amount, dispute_count, dispute_amount, failed_count, failed_amount)
  select * from sums where not bulk order by 1, 2, 3;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER payment_adjustments_rollup_insert AFTER INSERT ON payment_adjustments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_adjustment_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER payment_adjustments_rollup_update AFTER UPDATE ON payment_adjustments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_adjustment_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER payment_adjustments_rollup_delete AFTER DELETE ON payment_adjustments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION payment_adjustment_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER payment_adjustments_rollup_truncate AFTER TRUNCATE ON payment_adjustments FOR EACH STATEMENT EXECUTE FUNCTION payment_adjustment_rollups_apply();
