CREATE TABLE "stripe_customers" (
	"stripe_customer_id" text PRIMARY KEY NOT NULL,
	"supporter_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stripe_customers" ADD CONSTRAINT "stripe_customers_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stripe_customers_supporter_idx" ON "stripe_customers" USING btree ("supporter_id");--> statement-breakpoint
-- The customers already known: each supporter's own.
INSERT INTO "stripe_customers" ("stripe_customer_id", "supporter_id") SELECT "stripe_customer_id", "id" FROM "supporters" WHERE "stripe_customer_id" IS NOT NULL ON CONFLICT DO NOTHING;
