CREATE EXTENSION IF NOT EXISTS vector;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "known_to" text[];--> statement-breakpoint
CREATE TABLE "document_passages" (
	"document_id" text NOT NULL,
	"ecosystem_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "text"), 'B')) STORED NOT NULL,
	"embedding" vector(384),
	CONSTRAINT "document_passages_document_id_ordinal_pk" PRIMARY KEY("document_id","ordinal")
);
--> statement-breakpoint
ALTER TABLE "document_passages" ADD CONSTRAINT "document_passages_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_passages" ADD CONSTRAINT "document_passages_ecosystem_id_ecosystems_id_fk" FOREIGN KEY ("ecosystem_id") REFERENCES "public"."ecosystems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_passages_ecosystem_idx" ON "document_passages" USING btree ("ecosystem_id");--> statement-breakpoint
CREATE INDEX "document_passages_tsv_idx" ON "document_passages" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "document_passages_embedding_idx" ON "document_passages" USING hnsw ("embedding" vector_cosine_ops);;--> statement-breakpoint
CREATE INDEX "document_passages_unembedded_idx" ON "document_passages" USING btree ("document_id","ordinal") WHERE "document_passages"."embedding" is null;
