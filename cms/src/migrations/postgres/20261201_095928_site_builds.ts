import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_changes_operation" AS ENUM('published', 'unpublished', 'deleted', 'changed', 'requested');
  CREATE TYPE "public"."enum_site_changes_status" AS ENUM('pending', 'claimed');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('running', 'succeeded', 'failed', 'abandoned');
  CREATE TYPE "public"."enum_site_builds_kind" AS ENUM('full', 'incremental', 'reused');
  CREATE TABLE "site_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"operation" "enum_site_changes_operation" NOT NULL,
  	"target" varchar NOT NULL,
  	"entry_id" varchar,
  	"entry_title" varchar,
  	"user_id" integer,
  	"full" boolean DEFAULT false,
  	"status" "enum_site_changes_status" DEFAULT 'pending' NOT NULL,
  	"build_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"trigger" varchar,
  	"full" boolean DEFAULT false,
  	"kind" "enum_site_builds_kind",
  	"reason" varchar,
  	"seconds" numeric,
  	"pages" numeric,
  	"entries" numeric,
  	"error" varchar,
  	"publisher" varchar,
  	"lock" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_builds_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_changes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" integer;
  ALTER TABLE "site_changes" ADD CONSTRAINT "site_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_changes" ADD CONSTRAINT "site_changes_build_id_site_builds_id_fk" FOREIGN KEY ("build_id") REFERENCES "public"."site_builds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_builds_rels" ADD CONSTRAINT "site_builds_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_builds_rels" ADD CONSTRAINT "site_builds_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_changes_user_idx" ON "site_changes" USING btree ("user_id");
  CREATE INDEX "site_changes_status_idx" ON "site_changes" USING btree ("status");
  CREATE INDEX "site_changes_build_idx" ON "site_changes" USING btree ("build_id");
  CREATE INDEX "site_changes_updated_at_idx" ON "site_changes" USING btree ("updated_at");
  CREATE INDEX "site_changes_created_at_idx" ON "site_changes" USING btree ("created_at");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_started_at_idx" ON "site_builds" USING btree ("started_at");
  CREATE UNIQUE INDEX "site_builds_lock_idx" ON "site_builds" USING btree ("lock");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE INDEX "site_builds_rels_order_idx" ON "site_builds_rels" USING btree ("order");
  CREATE INDEX "site_builds_rels_parent_idx" ON "site_builds_rels" USING btree ("parent_id");
  CREATE INDEX "site_builds_rels_path_idx" ON "site_builds_rels" USING btree ("path");
  CREATE INDEX "site_builds_rels_users_id_idx" ON "site_builds_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_changes_fk" FOREIGN KEY ("site_changes_id") REFERENCES "public"."site_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("site_changes_id");
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_builds_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_changes" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "site_builds_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_changes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_changes_id_idx";
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_changes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  DROP TYPE "public"."enum_site_changes_operation";
  DROP TYPE "public"."enum_site_changes_status";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_site_builds_kind";`)
}
