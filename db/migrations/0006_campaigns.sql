CREATE TABLE "appeal_attribution_counts" (
	"day" text NOT NULL,
	"test_id" integer DEFAULT 0 NOT NULL,
	"variant" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"utm_source" text DEFAULT '' NOT NULL,
	"referrer_host" text DEFAULT '' NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "appeal_attribution_counts_test_id_variant_day_kind_utm_source_referrer_host_pk" PRIMARY KEY("test_id","variant","day","kind","utm_source","referrer_host")
);
--> statement-breakpoint
CREATE TABLE "appeal_draft" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"config" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_tests" (
	"id" serial PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"config" jsonb NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"restored_from_id" integer
);
--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD COLUMN "appeal_test_id" integer;--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD COLUMN "appeal_variant" text;--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD COLUMN "utm_source" text;--> statement-breakpoint
ALTER TABLE "checkout_sessions" ADD COLUMN "referrer_host" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "appeal_test_id" integer;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "appeal_variant" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "utm_source" text;--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "referrer_host" text;--> statement-breakpoint
CREATE INDEX "appeal_versions_published_idx" ON "appeal_versions" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "checkout_sessions_test_idx" ON "checkout_sessions" USING btree ("appeal_test_id","appeal_variant");--> statement-breakpoint
CREATE INDEX "contributions_test_idx" ON "contributions" USING btree ("appeal_test_id","appeal_variant");