ALTER TABLE "memories" ADD COLUMN "kind" text DEFAULT 'observation' NOT NULL;--> statement-breakpoint
ALTER TABLE "memories" ADD COLUMN "embedding" vector(384);--> statement-breakpoint
CREATE INDEX "memories_unembedded_idx" ON "memories" USING btree ("ord") WHERE "memories"."embedding" is null;
