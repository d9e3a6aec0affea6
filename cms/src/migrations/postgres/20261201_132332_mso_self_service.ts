import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'askForConfirmation' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'askForConfirmation' BEFORE 'schedulePublish';
  CREATE TABLE "organisation_confirmations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_id" integer NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"requested_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisation_confirmations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "events" ADD COLUMN "last_changed_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_last_changed_by_id" integer;
  ALTER TABLE "organisations" ADD COLUMN "last_changed_by_id" integer;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_last_changed_by_id" integer;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organisation_confirmations_id" integer;
  ALTER TABLE "organisation_confirmations" ADD CONSTRAINT "organisation_confirmations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisation_confirmations_texts" ADD CONSTRAINT "organisation_confirmations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisation_confirmations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "organisation_confirmations_organisation_idx" ON "organisation_confirmations" USING btree ("organisation_id");
  CREATE INDEX "organisation_confirmations_updated_at_idx" ON "organisation_confirmations" USING btree ("updated_at");
  CREATE INDEX "organisation_confirmations_created_at_idx" ON "organisation_confirmations" USING btree ("created_at");
  CREATE INDEX "organisation_confirmations_texts_order_parent" ON "organisation_confirmations_texts" USING btree ("order","parent_id");
  CREATE INDEX "organisation_confirmations_texts_parent_idx" ON "organisation_confirmations_texts" USING btree ("parent_id");
  ALTER TABLE "events" ADD CONSTRAINT "events_last_changed_by_id_users_id_fk" FOREIGN KEY ("last_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_last_changed_by_id_users_id_fk" FOREIGN KEY ("version_last_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_last_changed_by_id_users_id_fk" FOREIGN KEY ("last_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_last_changed_by_id_users_id_fk" FOREIGN KEY ("version_last_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisation_confirmations_fk" FOREIGN KEY ("organisation_confirmations_id") REFERENCES "public"."organisation_confirmations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_last_changed_by_idx" ON "events" USING btree ("last_changed_by_id");
  CREATE INDEX "_events_v_version_version_last_changed_by_idx" ON "_events_v" USING btree ("version_last_changed_by_id");
  CREATE INDEX "organisations_last_changed_by_idx" ON "organisations" USING btree ("last_changed_by_id");
  CREATE INDEX "_organisations_v_version_version_last_changed_by_idx" ON "_organisations_v" USING btree ("version_last_changed_by_id");
  CREATE INDEX "payload_locked_documents_rels_organisation_confirmations_idx" ON "payload_locked_documents_rels" USING btree ("organisation_confirmations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organisation_confirmations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisation_confirmations_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "organisation_confirmations" CASCADE;
  DROP TABLE "organisation_confirmations_texts" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "events" DROP CONSTRAINT "events_last_changed_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_last_changed_by_id_users_id_fk";
  
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_last_changed_by_id_users_id_fk";
  
  ALTER TABLE "_organisations_v" DROP CONSTRAINT "_organisations_v_version_last_changed_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_organisation_confirmations_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "events_last_changed_by_idx";
  DROP INDEX "_events_v_version_version_last_changed_by_idx";
  DROP INDEX "organisations_last_changed_by_idx";
  DROP INDEX "_organisations_v_version_version_last_changed_by_idx";
  DROP INDEX "payload_locked_documents_rels_organisation_confirmations_idx";
  ALTER TABLE "events" DROP COLUMN "last_changed_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_last_changed_by_id";
  ALTER TABLE "organisations" DROP COLUMN "last_changed_by_id";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_last_changed_by_id";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organisation_confirmations_id";`)
}
