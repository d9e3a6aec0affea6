import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  CREATE TYPE "public"."enum__pages_v_version_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  CREATE TYPE "public"."enum_documents_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  CREATE TYPE "public"."enum__documents_v_version_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  CREATE TYPE "public"."enum_events_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  CREATE TYPE "public"."enum__events_v_version_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  CREATE TYPE "public"."enum_organisations_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  CREATE TYPE "public"."enum__organisations_v_version_workflow_state" AS ENUM('draft', 'review', 'published', 'archived');
  ALTER TABLE "pages" ADD COLUMN "workflow_state" "enum_pages_workflow_state" DEFAULT 'draft';
  ALTER TABLE "pages" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "workflow_reviewer_id" integer;
  ALTER TABLE "pages" ADD COLUMN "workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "workflow_review_comment" varchar;
  ALTER TABLE "pages" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "pages_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_state" "enum__pages_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_reviewer_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_review_comment" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "documents" ADD COLUMN "workflow_state" "enum_documents_workflow_state" DEFAULT 'draft';
  ALTER TABLE "documents" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "workflow_reviewer_id" integer;
  ALTER TABLE "documents" ADD COLUMN "workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "workflow_review_comment" varchar;
  ALTER TABLE "documents" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "documents_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_workflow_state" "enum__documents_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_documents_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_workflow_reviewer_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_workflow_review_comment" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "events" ADD COLUMN "workflow_state" "enum_events_workflow_state" DEFAULT 'draft';
  ALTER TABLE "events" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "workflow_reviewer_id" integer;
  ALTER TABLE "events" ADD COLUMN "workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "workflow_review_comment" varchar;
  ALTER TABLE "events" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_state" "enum__events_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_reviewer_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_review_comment" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "organisations" ADD COLUMN "workflow_state" "enum_organisations_workflow_state" DEFAULT 'draft';
  ALTER TABLE "organisations" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "organisations" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "organisations" ADD COLUMN "workflow_reviewer_id" integer;
  ALTER TABLE "organisations" ADD COLUMN "workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "organisations" ADD COLUMN "workflow_review_comment" varchar;
  ALTER TABLE "organisations" ADD COLUMN "review_by" timestamp(3) with time zone;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_workflow_state" "enum__organisations_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_organisations_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_workflow_reviewer_id" integer;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_workflow_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_workflow_review_comment" varchar;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_review_by" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_workflow_reviewer_id_users_id_fk" FOREIGN KEY ("version_workflow_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_workflow_workflow_state_idx" ON "pages" USING btree ("workflow_state");
  CREATE INDEX "pages_workflow_workflow_submitted_by_idx" ON "pages" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "pages_workflow_workflow_reviewer_idx" ON "pages" USING btree ("workflow_reviewer_id");
  CREATE INDEX "pages_review_by_idx" ON "pages" USING btree ("review_by");
  CREATE INDEX "_pages_v_version_workflow_version_workflow_state_idx" ON "_pages_v" USING btree ("version_workflow_state");
  CREATE INDEX "_pages_v_version_workflow_version_workflow_submitted_by_idx" ON "_pages_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_pages_v_version_workflow_version_workflow_reviewer_idx" ON "_pages_v" USING btree ("version_workflow_reviewer_id");
  CREATE INDEX "_pages_v_version_version_review_by_idx" ON "_pages_v" USING btree ("version_review_by");
  CREATE INDEX "documents_workflow_workflow_state_idx" ON "documents" USING btree ("workflow_state");
  CREATE INDEX "documents_workflow_workflow_submitted_by_idx" ON "documents" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "documents_workflow_workflow_reviewer_idx" ON "documents" USING btree ("workflow_reviewer_id");
  CREATE INDEX "documents_review_by_idx" ON "documents" USING btree ("review_by");
  CREATE INDEX "_documents_v_version_workflow_version_workflow_state_idx" ON "_documents_v" USING btree ("version_workflow_state");
  CREATE INDEX "_documents_v_version_workflow_version_workflow_submitted_idx" ON "_documents_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_documents_v_version_workflow_version_workflow_reviewer_idx" ON "_documents_v" USING btree ("version_workflow_reviewer_id");
  CREATE INDEX "_documents_v_version_version_review_by_idx" ON "_documents_v" USING btree ("version_review_by");
  CREATE INDEX "events_workflow_workflow_state_idx" ON "events" USING btree ("workflow_state");
  CREATE INDEX "events_workflow_workflow_submitted_by_idx" ON "events" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "events_workflow_workflow_reviewer_idx" ON "events" USING btree ("workflow_reviewer_id");
  CREATE INDEX "events_review_by_idx" ON "events" USING btree ("review_by");
  CREATE INDEX "_events_v_version_workflow_version_workflow_state_idx" ON "_events_v" USING btree ("version_workflow_state");
  CREATE INDEX "_events_v_version_workflow_version_workflow_submitted_by_idx" ON "_events_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_reviewer_idx" ON "_events_v" USING btree ("version_workflow_reviewer_id");
  CREATE INDEX "_events_v_version_version_review_by_idx" ON "_events_v" USING btree ("version_review_by");
  CREATE INDEX "organisations_workflow_workflow_state_idx" ON "organisations" USING btree ("workflow_state");
  CREATE INDEX "organisations_workflow_workflow_submitted_by_idx" ON "organisations" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "organisations_workflow_workflow_reviewer_idx" ON "organisations" USING btree ("workflow_reviewer_id");
  CREATE INDEX "organisations_review_by_idx" ON "organisations" USING btree ("review_by");
  CREATE INDEX "_organisations_v_version_workflow_version_workflow_state_idx" ON "_organisations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_organisations_v_version_workflow_version_workflow_submi_idx" ON "_organisations_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_organisations_v_version_workflow_version_workflow_revie_idx" ON "_organisations_v" USING btree ("version_workflow_reviewer_id");
  CREATE INDEX "_organisations_v_version_version_review_by_idx" ON "_organisations_v" USING btree ("version_review_by");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" DROP CONSTRAINT "pages_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_workflow_reviewer_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_workflow_reviewer_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_workflow_reviewer_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_workflow_reviewer_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_workflow_reviewer_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_workflow_reviewer_id_users_id_fk";
  
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_workflow_reviewer_id_users_id_fk";
  
  ALTER TABLE "_organisations_v" DROP CONSTRAINT "_organisations_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_organisations_v" DROP CONSTRAINT "_organisations_v_version_workflow_reviewer_id_users_id_fk";
  
  DROP INDEX "pages_workflow_workflow_state_idx";
  DROP INDEX "pages_workflow_workflow_submitted_by_idx";
  DROP INDEX "pages_workflow_workflow_reviewer_idx";
  DROP INDEX "pages_review_by_idx";
  DROP INDEX "_pages_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_pages_v_version_workflow_version_workflow_submitted_by_idx";
  DROP INDEX "_pages_v_version_workflow_version_workflow_reviewer_idx";
  DROP INDEX "_pages_v_version_version_review_by_idx";
  DROP INDEX "documents_workflow_workflow_state_idx";
  DROP INDEX "documents_workflow_workflow_submitted_by_idx";
  DROP INDEX "documents_workflow_workflow_reviewer_idx";
  DROP INDEX "documents_review_by_idx";
  DROP INDEX "_documents_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_documents_v_version_workflow_version_workflow_submitted_idx";
  DROP INDEX "_documents_v_version_workflow_version_workflow_reviewer_idx";
  DROP INDEX "_documents_v_version_version_review_by_idx";
  DROP INDEX "events_workflow_workflow_state_idx";
  DROP INDEX "events_workflow_workflow_submitted_by_idx";
  DROP INDEX "events_workflow_workflow_reviewer_idx";
  DROP INDEX "events_review_by_idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_submitted_by_idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_reviewer_idx";
  DROP INDEX "_events_v_version_version_review_by_idx";
  DROP INDEX "organisations_workflow_workflow_state_idx";
  DROP INDEX "organisations_workflow_workflow_submitted_by_idx";
  DROP INDEX "organisations_workflow_workflow_reviewer_idx";
  DROP INDEX "organisations_review_by_idx";
  DROP INDEX "_organisations_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_organisations_v_version_workflow_version_workflow_submi_idx";
  DROP INDEX "_organisations_v_version_workflow_version_workflow_revie_idx";
  DROP INDEX "_organisations_v_version_version_review_by_idx";
  ALTER TABLE "pages" DROP COLUMN "workflow_state";
  ALTER TABLE "pages" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "pages" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "pages" DROP COLUMN "workflow_reviewer_id";
  ALTER TABLE "pages" DROP COLUMN "workflow_reviewed_at";
  ALTER TABLE "pages" DROP COLUMN "workflow_review_comment";
  ALTER TABLE "pages" DROP COLUMN "review_by";
  ALTER TABLE "pages_locales" DROP COLUMN "change_note";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_reviewer_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_reviewed_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_review_comment";
  ALTER TABLE "_pages_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "documents" DROP COLUMN "workflow_state";
  ALTER TABLE "documents" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "documents" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "documents" DROP COLUMN "workflow_reviewer_id";
  ALTER TABLE "documents" DROP COLUMN "workflow_reviewed_at";
  ALTER TABLE "documents" DROP COLUMN "workflow_review_comment";
  ALTER TABLE "documents" DROP COLUMN "review_by";
  ALTER TABLE "documents_locales" DROP COLUMN "change_note";
  ALTER TABLE "_documents_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_documents_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_workflow_reviewer_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_workflow_reviewed_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_workflow_review_comment";
  ALTER TABLE "_documents_v" DROP COLUMN "version_review_by";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_change_note";
  ALTER TABLE "events" DROP COLUMN "workflow_state";
  ALTER TABLE "events" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "events" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "events" DROP COLUMN "workflow_reviewer_id";
  ALTER TABLE "events" DROP COLUMN "workflow_reviewed_at";
  ALTER TABLE "events" DROP COLUMN "workflow_review_comment";
  ALTER TABLE "events" DROP COLUMN "review_by";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_reviewer_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_reviewed_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_review_comment";
  ALTER TABLE "_events_v" DROP COLUMN "version_review_by";
  ALTER TABLE "organisations" DROP COLUMN "workflow_state";
  ALTER TABLE "organisations" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "organisations" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "organisations" DROP COLUMN "workflow_reviewer_id";
  ALTER TABLE "organisations" DROP COLUMN "workflow_reviewed_at";
  ALTER TABLE "organisations" DROP COLUMN "workflow_review_comment";
  ALTER TABLE "organisations" DROP COLUMN "review_by";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_workflow_reviewer_id";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_workflow_reviewed_at";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_workflow_review_comment";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_review_by";
  DROP TYPE "public"."enum_pages_workflow_state";
  DROP TYPE "public"."enum__pages_v_version_workflow_state";
  DROP TYPE "public"."enum_documents_workflow_state";
  DROP TYPE "public"."enum__documents_v_version_workflow_state";
  DROP TYPE "public"."enum_events_workflow_state";
  DROP TYPE "public"."enum__events_v_version_workflow_state";
  DROP TYPE "public"."enum_organisations_workflow_state";
  DROP TYPE "public"."enum__organisations_v_version_workflow_state";`)
}
