ALTER TABLE "ecosystems" ADD COLUMN "personality_drift" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "ecosystems" ADD COLUMN "parent_id" text;--> statement-breakpoint
ALTER TABLE "ecosystems" ADD COLUMN "fork_seq" bigint;--> statement-breakpoint
CREATE TABLE "character_cards" (
	"character_id" text PRIMARY KEY NOT NULL,
	"ecosystem_id" text NOT NULL,
	"card" text NOT NULL,
	"image" text,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "state_snapshots" (
	"ecosystem_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"state" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "state_snapshots_pkey" PRIMARY KEY("ecosystem_id","seq")
);
--> statement-breakpoint
ALTER TABLE "character_cards" ADD CONSTRAINT "character_cards_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "character_cards" ADD CONSTRAINT "character_cards_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_snapshots" ADD CONSTRAINT "state_snapshots_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;
