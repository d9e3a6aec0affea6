import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reader_messages_kind" AS ENUM('helpful', 'not-helpful', 'error', 'accessible-format');
  CREATE TYPE "public"."enum_reader_messages_state" AS ENUM('open', 'in-progress', 'done');
  CREATE TYPE "public"."enum_reader_messages_locale" AS ENUM('de', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg');
  CREATE TYPE "public"."enum_reader_messages_format" AS ENUM('accessible-pdf', 'word', 'large-print', 'easy-language', 'other');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteReaderPersonalData' BEFORE 'askForConfirmation';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteReaderPersonalData' BEFORE 'askForConfirmation';
  CREATE TABLE "reader_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_reader_messages_kind" NOT NULL,
  	"state" "enum_reader_messages_state" DEFAULT 'open' NOT NULL,
  	"page_address" varchar NOT NULL,
  	"locale" "enum_reader_messages_locale" NOT NULL,
  	"text" varchar,
  	"personal_data_removed" boolean DEFAULT false,
  	"format" "enum_reader_messages_format",
  	"email" varchar,
  	"reply" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"personal_data_deleted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reader_messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"documents_id" integer,
  	"events_id" integer,
  	"organisations_id" integer,
  	"indicators_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reader_messages_id" integer;
  ALTER TABLE "reader_messages_rels" ADD CONSTRAINT "reader_messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reader_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reader_messages_rels" ADD CONSTRAINT "reader_messages_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reader_messages_rels" ADD CONSTRAINT "reader_messages_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reader_messages_rels" ADD CONSTRAINT "reader_messages_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reader_messages_rels" ADD CONSTRAINT "reader_messages_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reader_messages_rels" ADD CONSTRAINT "reader_messages_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reader_messages_state_idx" ON "reader_messages" USING btree ("state");
  CREATE INDEX "reader_messages_page_address_idx" ON "reader_messages" USING btree ("page_address");
  CREATE INDEX "reader_messages_closed_at_idx" ON "reader_messages" USING btree ("closed_at");
  CREATE INDEX "reader_messages_updated_at_idx" ON "reader_messages" USING btree ("updated_at");
  CREATE INDEX "reader_messages_created_at_idx" ON "reader_messages" USING btree ("created_at");
  CREATE INDEX "reader_messages_rels_order_idx" ON "reader_messages_rels" USING btree ("order");
  CREATE INDEX "reader_messages_rels_parent_idx" ON "reader_messages_rels" USING btree ("parent_id");
  CREATE INDEX "reader_messages_rels_path_idx" ON "reader_messages_rels" USING btree ("path");
  CREATE INDEX "reader_messages_rels_pages_id_idx" ON "reader_messages_rels" USING btree ("pages_id");
  CREATE INDEX "reader_messages_rels_documents_id_idx" ON "reader_messages_rels" USING btree ("documents_id");
  CREATE INDEX "reader_messages_rels_events_id_idx" ON "reader_messages_rels" USING btree ("events_id");
  CREATE INDEX "reader_messages_rels_organisations_id_idx" ON "reader_messages_rels" USING btree ("organisations_id");
  CREATE INDEX "reader_messages_rels_indicators_id_idx" ON "reader_messages_rels" USING btree ("indicators_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reader_messages_fk" FOREIGN KEY ("reader_messages_id") REFERENCES "public"."reader_messages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_reader_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("reader_messages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reader_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reader_messages_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reader_messages" CASCADE;
  DROP TABLE "reader_messages_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reader_messages_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'askForConfirmation', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'askForConfirmation', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_reader_messages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reader_messages_id";
  DROP TYPE "public"."enum_reader_messages_kind";
  DROP TYPE "public"."enum_reader_messages_state";
  DROP TYPE "public"."enum_reader_messages_locale";
  DROP TYPE "public"."enum_reader_messages_format";`)
}
