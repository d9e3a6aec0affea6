import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * "Barrierefrei zugänglich" was a checkbox; it is now a select of yes / no / unknown ("keine Angabe").
 * A ticked box (true) becomes "yes". An unticked box (false) becomes "unknown", not "no": the box started unticked,
 * so an unticked one never meant that the place is not accessible, only that nobody said. The UPDATE statements
 * between the generated ADD and DROP carry the answers over; `down` turns only "yes" back into a ticked box.
 * (The users' login_attempts/lock_until columns go as the login lockout change of 4d7b523 left the config.)
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_accessibility" AS ENUM('yes', 'no', 'unknown');
  CREATE TYPE "public"."enum__events_v_version_accessibility" AS ENUM('yes', 'no', 'unknown');
  ALTER TABLE "events" ADD COLUMN "accessibility" "enum_events_accessibility" DEFAULT 'unknown';
  ALTER TABLE "_events_v" ADD COLUMN "version_accessibility" "enum__events_v_version_accessibility" DEFAULT 'unknown';
  UPDATE "events" SET "accessibility" = CASE WHEN "accessible" THEN 'yes'::"enum_events_accessibility" ELSE 'unknown' END;
  UPDATE "_events_v" SET "version_accessibility" = CASE WHEN "version_accessible" THEN 'yes'::"enum__events_v_version_accessibility" ELSE 'unknown' END;
  ALTER TABLE "events" DROP COLUMN "accessible";
  ALTER TABLE "_events_v" DROP COLUMN "version_accessible";
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" ADD COLUMN "accessible" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_accessible" boolean DEFAULT false;
  UPDATE "events" SET "accessible" = "accessibility" = 'yes';
  UPDATE "_events_v" SET "version_accessible" = "version_accessibility" = 'yes';
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "events" DROP COLUMN "accessibility";
  ALTER TABLE "_events_v" DROP COLUMN "version_accessibility";
  DROP TYPE "public"."enum_events_accessibility";
  DROP TYPE "public"."enum__events_v_version_accessibility";`)
}
