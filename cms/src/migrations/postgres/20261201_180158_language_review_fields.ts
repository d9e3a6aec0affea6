import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_locales" ADD COLUMN "language_reviewed_by" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_language_reviewed_by" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "topics_locales" ADD COLUMN "language_reviewed_by" varchar;
  ALTER TABLE "topics_locales" ADD COLUMN "language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "documents_locales" ADD COLUMN "language_reviewed_by" varchar;
  ALTER TABLE "documents_locales" ADD COLUMN "language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_language_reviewed_by" varchar;
  ALTER TABLE "_documents_v_locales" ADD COLUMN "version_language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "events_locales" ADD COLUMN "language_reviewed_by" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_language_reviewed_by" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "organisations_locales" ADD COLUMN "language_reviewed_by" varchar;
  ALTER TABLE "organisations_locales" ADD COLUMN "language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "_organisations_v_locales" ADD COLUMN "version_language_reviewed_by" varchar;
  ALTER TABLE "_organisations_v_locales" ADD COLUMN "version_language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "indicators_locales" ADD COLUMN "language_reviewed_by" varchar;
  ALTER TABLE "indicators_locales" ADD COLUMN "language_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "contacts_locales" ADD COLUMN "language_reviewed_by" varchar;
  ALTER TABLE "contacts_locales" ADD COLUMN "language_reviewed_on" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_locales" DROP COLUMN "language_reviewed_by";
  ALTER TABLE "pages_locales" DROP COLUMN "language_reviewed_on";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_language_reviewed_by";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_language_reviewed_on";
  ALTER TABLE "topics_locales" DROP COLUMN "language_reviewed_by";
  ALTER TABLE "topics_locales" DROP COLUMN "language_reviewed_on";
  ALTER TABLE "documents_locales" DROP COLUMN "language_reviewed_by";
  ALTER TABLE "documents_locales" DROP COLUMN "language_reviewed_on";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_language_reviewed_by";
  ALTER TABLE "_documents_v_locales" DROP COLUMN "version_language_reviewed_on";
  ALTER TABLE "events_locales" DROP COLUMN "language_reviewed_by";
  ALTER TABLE "events_locales" DROP COLUMN "language_reviewed_on";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_language_reviewed_by";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_language_reviewed_on";
  ALTER TABLE "organisations_locales" DROP COLUMN "language_reviewed_by";
  ALTER TABLE "organisations_locales" DROP COLUMN "language_reviewed_on";
  ALTER TABLE "_organisations_v_locales" DROP COLUMN "version_language_reviewed_by";
  ALTER TABLE "_organisations_v_locales" DROP COLUMN "version_language_reviewed_on";
  ALTER TABLE "indicators_locales" DROP COLUMN "language_reviewed_by";
  ALTER TABLE "indicators_locales" DROP COLUMN "language_reviewed_on";
  ALTER TABLE "contacts_locales" DROP COLUMN "language_reviewed_by";
  ALTER TABLE "contacts_locales" DROP COLUMN "language_reviewed_on";`)
}
