CREATE TABLE "characters" (
	"id" text PRIMARY KEY NOT NULL,
	"ecosystem_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"personality" jsonb NOT NULL,
	"mood" jsonb NOT NULL,
	"last_emotion" jsonb,
	"energy" double precision NOT NULL,
	"active" boolean NOT NULL,
	"state_updated_at" bigint NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"ecosystem_id" text NOT NULL,
	"owner_id" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ecosystems" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"ecosystem_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"timestamp" text NOT NULL,
	"created_at" bigint NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "events_pkey" PRIMARY KEY("ecosystem_id","seq"),
	CONSTRAINT "events_id_key" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" text PRIMARY KEY NOT NULL,
	"ecosystem_id" text NOT NULL,
	"scenario_id" text,
	"initiator_id" text NOT NULL,
	"target_id" text NOT NULL,
	"type" text NOT NULL,
	"content" text NOT NULL,
	"response" text NOT NULL,
	"sentiment" double precision NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memories" (
	"id" text PRIMARY KEY NOT NULL,
	"ecosystem_id" text NOT NULL,
	"character_id" text NOT NULL,
	"about_id" text,
	"content" text NOT NULL,
	"valence" double precision NOT NULL,
	"importance" double precision NOT NULL,
	"created_at" bigint NOT NULL,
	"ord" bigint GENERATED ALWAYS AS IDENTITY (sequence name "memories_ord_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1)
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"family_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" bigint NOT NULL,
	"used_at" bigint,
	"revoked_at" bigint,
	"created_at" bigint NOT NULL,
	CONSTRAINT "refresh_tokens_token_hash_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "relationships" (
	"ecosystem_id" text NOT NULL,
	"from_id" text NOT NULL,
	"to_id" text NOT NULL,
	"strength" double precision NOT NULL,
	"trust" double precision NOT NULL,
	"interaction_count" integer NOT NULL,
	"last_interaction_at" bigint,
	"label" text NOT NULL,
	CONSTRAINT "relationships_pkey" PRIMARY KEY("from_id","to_id")
);
--> statement-breakpoint
CREATE TABLE "scenario_participants" (
	"scenario_id" text NOT NULL,
	"position" integer NOT NULL,
	"character_id" text NOT NULL,
	CONSTRAINT "scenario_participants_pkey" PRIMARY KEY("scenario_id","position")
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" text PRIMARY KEY NOT NULL,
	"ecosystem_id" text NOT NULL,
	"title" text NOT NULL,
	"setting" text NOT NULL,
	"mood" text NOT NULL,
	"objectives" jsonb NOT NULL,
	"duration_minutes" double precision NOT NULL,
	"speed" double precision NOT NULL,
	"max_turns" integer,
	"seed" bigint NOT NULL,
	"status" text NOT NULL,
	"turn" integer NOT NULL,
	"addressed" jsonb NOT NULL,
	"started_at" bigint NOT NULL,
	"ended_at" bigint,
	"end_reason" text,
	"lease_owner" text,
	"lease_expires_at" bigint
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "characters" ADD CONSTRAINT "characters_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecosystems" ADD CONSTRAINT "ecosystems_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memories" ADD CONSTRAINT "memories_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memories" ADD CONSTRAINT "memories_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_from_fk" FOREIGN KEY ("from_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationships" ADD CONSTRAINT "relationships_to_fk" FOREIGN KEY ("to_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_participants" ADD CONSTRAINT "scenario_participants_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "characters_ecosystem_idx" ON "characters" USING btree ("ecosystem_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_ecosystem_idx" ON "documents" USING btree ("ecosystem_id","created_at");--> statement-breakpoint
CREATE INDEX "ecosystems_owner_idx" ON "ecosystems" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "events_created_idx" ON "events" USING btree ("ecosystem_id","created_at");--> statement-breakpoint
CREATE INDEX "events_scenario_idx" ON "events" USING btree (("data"->>'scenario_id'),"seq");--> statement-breakpoint
CREATE INDEX "events_relationship_idx" ON "events" USING btree (("data"->>'from_id'),("data"->>'to_id'),"seq") WHERE "events"."type" = 'relationship_changed';--> statement-breakpoint
CREATE INDEX "interactions_ecosystem_idx" ON "interactions" USING btree ("ecosystem_id","created_at");--> statement-breakpoint
CREATE INDEX "interactions_scenario_idx" ON "interactions" USING btree ("scenario_id","created_at");--> statement-breakpoint
CREATE INDEX "interactions_initiator_idx" ON "interactions" USING btree ("initiator_id","created_at");--> statement-breakpoint
CREATE INDEX "interactions_target_idx" ON "interactions" USING btree ("target_id","created_at");--> statement-breakpoint
CREATE INDEX "memories_character_idx" ON "memories" USING btree ("character_id","created_at","ord");--> statement-breakpoint
CREATE INDEX "memories_ecosystem_idx" ON "memories" USING btree ("ecosystem_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_idx" ON "refresh_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "relationships_ecosystem_idx" ON "relationships" USING btree ("ecosystem_id");--> statement-breakpoint
CREATE INDEX "relationships_to_idx" ON "relationships" USING btree ("to_id");--> statement-breakpoint
CREATE INDEX "scenarios_ecosystem_idx" ON "scenarios" USING btree ("ecosystem_id","started_at");--> statement-breakpoint
CREATE INDEX "scenarios_status_idx" ON "scenarios" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));