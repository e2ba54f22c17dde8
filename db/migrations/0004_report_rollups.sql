CREATE TABLE "checkout_rollup_deltas" (
	"grain" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"placement" text NOT NULL,
	"article_slug" text NOT NULL,
	"checkouts" bigint DEFAULT 0 NOT NULL,
	"payments" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkout_rollups" (
	"grain" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"placement" text NOT NULL,
	"article_slug" text NOT NULL,
	"checkouts" bigint DEFAULT 0 NOT NULL,
	"payments" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "checkout_rollups_grain_bucket_placement_article_slug_pk" PRIMARY KEY("grain","bucket","placement","article_slug")
);
--> statement-breakpoint
CREATE TABLE "contribution_rollup_deltas" (
	"grain" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"currency" char(3) NOT NULL,
	"once_count" bigint DEFAULT 0 NOT NULL,
	"once_amount" bigint DEFAULT 0 NOT NULL,
	"monthly_count" bigint DEFAULT 0 NOT NULL,
	"monthly_amount" bigint DEFAULT 0 NOT NULL,
	"annual_count" bigint DEFAULT 0 NOT NULL,
	"annual_amount" bigint DEFAULT 0 NOT NULL,
	"refund_count" bigint DEFAULT 0 NOT NULL,
	"refund_amount" bigint DEFAULT 0 NOT NULL,
	"dispute_count" bigint DEFAULT 0 NOT NULL,
	"dispute_amount" bigint DEFAULT 0 NOT NULL,
	"failed_count" bigint DEFAULT 0 NOT NULL,
	"failed_amount" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contribution_rollups" (
	"grain" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"currency" char(3) NOT NULL,
	"once_count" bigint DEFAULT 0 NOT NULL,
	"once_amount" bigint DEFAULT 0 NOT NULL,
	"monthly_count" bigint DEFAULT 0 NOT NULL,
	"monthly_amount" bigint DEFAULT 0 NOT NULL,
	"annual_count" bigint DEFAULT 0 NOT NULL,
	"annual_amount" bigint DEFAULT 0 NOT NULL,
	"refund_count" bigint DEFAULT 0 NOT NULL,
	"refund_amount" bigint DEFAULT 0 NOT NULL,
	"dispute_count" bigint DEFAULT 0 NOT NULL,
	"dispute_amount" bigint DEFAULT 0 NOT NULL,
	"failed_count" bigint DEFAULT 0 NOT NULL,
	"failed_amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "contribution_rollups_grain_bucket_currency_pk" PRIMARY KEY("grain","bucket","currency")
);
--> statement-breakpoint
CREATE INDEX "checkout_rollup_deltas_bucket_idx" ON "checkout_rollup_deltas" USING btree ("grain","bucket");--> statement-breakpoint
CREATE INDEX "contribution_rollup_deltas_bucket_idx" ON "contribution_rollup_deltas" USING btree ("grain","bucket");