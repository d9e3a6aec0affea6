import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_previews_collection" AS ENUM('pages', 'documents', 'events', 'organisations', 'indicators');
  CREATE TYPE "public"."enum_site_previews_status" AS ENUM('pending', 'building', 'ready', 'failed');
  CREATE TABLE "site_previews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token" varchar NOT NULL,
  	"collection" "enum_site_previews_collection" NOT NULL,
  	"entry_id" varchar NOT NULL,
  	"entry_title" varchar,
  	"locale" varchar,
  	"user_id" integer,
  	"status" "enum_site_previews_status" DEFAULT 'pending' NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"claimed_at" timestamp(3) with time zone,
  	"built_at" timestamp(3) with time zone,
  	"publisher" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_previews_id" integer;
  ALTER TABLE "site_previews" ADD CONSTRAINT "site_previews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "site_previews_token_idx" ON "site_previews" USING btree ("token");
  CREATE INDEX "site_previews_user_idx" ON "site_previews" USING btree ("user_id");
  CREATE INDEX "site_previews_status_idx" ON "site_previews" USING btree ("status");
  CREATE INDEX "site_previews_expires_at_idx" ON "site_previews" USING btree ("expires_at");
  CREATE INDEX "site_previews_updated_at_idx" ON "site_previews" USING btree ("updated_at");
  CREATE INDEX "site_previews_created_at_idx" ON "site_previews" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_previews_fk" FOREIGN KEY ("site_previews_id") REFERENCES "public"."site_previews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_previews_id_idx" ON "payload_locked_documents_rels" USING btree ("site_previews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_previews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_previews" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_previews_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_previews_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_previews_id";
  DROP TYPE "public"."enum_site_previews_collection";
  DROP TYPE "public"."enum_site_previews_status";`)
}
