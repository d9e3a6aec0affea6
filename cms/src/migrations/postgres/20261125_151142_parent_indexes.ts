import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "pages_locales_parent_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_locales_parent_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "topics_locales_parent_idx" ON "topics_locales" USING btree ("_parent_id");
  CREATE INDEX "topics_texts_parent_idx" ON "topics_texts" USING btree ("parent_id");
  CREATE INDEX "documents_locales_parent_idx" ON "documents_locales" USING btree ("_parent_id");
  CREATE INDEX "documents_texts_parent_idx" ON "documents_texts" USING btree ("parent_id");
  CREATE INDEX "_documents_v_locales_parent_idx" ON "_documents_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_texts_parent_idx" ON "_documents_v_texts" USING btree ("parent_id");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_locales_parent_idx" ON "organisations_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_texts_parent_idx" ON "organisations_texts" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_locales_parent_idx" ON "_organisations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_texts_parent_idx" ON "_organisations_v_texts" USING btree ("parent_id");
  CREATE INDEX "activity_fields_locales_parent_idx" ON "activity_fields_locales" USING btree ("_parent_id");
  CREATE INDEX "indicators_locales_parent_idx" ON "indicators_locales" USING btree ("_parent_id");
  CREATE INDEX "indicators_texts_parent_idx" ON "indicators_texts" USING btree ("parent_id");
  CREATE INDEX "contacts_locales_parent_idx" ON "contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "networks_locales_parent_idx" ON "networks_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "navigation_header_locales_parent_idx" ON "navigation_header_locales" USING btree ("_parent_id");
  CREATE INDEX "navigation_footer_locales_parent_idx" ON "navigation_footer_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_locales_parent_idx" ON "site_settings_locales" USING btree ("_parent_id");
  CREATE INDEX "alert_banner_locales_parent_idx" ON "alert_banner_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "pages_locales_parent_idx";
  DROP INDEX "_pages_v_locales_parent_idx";
  DROP INDEX "topics_locales_parent_idx";
  DROP INDEX "topics_texts_parent_idx";
  DROP INDEX "documents_locales_parent_idx";
  DROP INDEX "documents_texts_parent_idx";
  DROP INDEX "_documents_v_locales_parent_idx";
  DROP INDEX "_documents_v_texts_parent_idx";
  DROP INDEX "events_locales_parent_idx";
  DROP INDEX "_events_v_locales_parent_idx";
  DROP INDEX "organisations_locales_parent_idx";
  DROP INDEX "organisations_texts_parent_idx";
  DROP INDEX "_organisations_v_locales_parent_idx";
  DROP INDEX "_organisations_v_texts_parent_idx";
  DROP INDEX "activity_fields_locales_parent_idx";
  DROP INDEX "indicators_locales_parent_idx";
  DROP INDEX "indicators_texts_parent_idx";
  DROP INDEX "contacts_locales_parent_idx";
  DROP INDEX "networks_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "navigation_header_locales_parent_idx";
  DROP INDEX "navigation_footer_locales_parent_idx";
  DROP INDEX "site_settings_locales_parent_idx";
  DROP INDEX "alert_banner_locales_parent_idx";`)
}
