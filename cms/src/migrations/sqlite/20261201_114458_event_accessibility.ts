import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * "Barrierefrei zugänglich" was a checkbox; it is now a select of yes / no / unknown ("keine Angabe").
 * A ticked box (true) becomes "yes". An unticked box (false) becomes "unknown", not "no": the box started unticked,
 * so an unticked one never meant that the place is not accessible, only that nobody said. The UPDATE statements
 * between the generated ADD and DROP carry the answers over; `down` turns only "yes" back into a ticked box.
 * (The users' login_attempts/lock_until columns go as the login lockout change of 4d7b523 left the config.)
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`accessibility\` text DEFAULT 'unknown';`)
  await db.run(sql`UPDATE \`events\` SET \`accessibility\` = CASE WHEN \`accessible\` = 1 THEN 'yes' ELSE 'unknown' END;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`accessible\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_accessibility\` text DEFAULT 'unknown';`)
  await db.run(
    sql`UPDATE \`_events_v\` SET \`version_accessibility\` = CASE WHEN \`version_accessible\` = 1 THEN 'yes' ELSE 'unknown' END;`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_accessible\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`accessible\` integer DEFAULT false;`)
  await db.run(sql`UPDATE \`events\` SET \`accessible\` = \`accessibility\` = 'yes';`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`accessibility\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_accessible\` integer DEFAULT false;`)
  await db.run(sql`UPDATE \`_events_v\` SET \`version_accessible\` = \`version_accessibility\` = 'yes';`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_accessibility\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
