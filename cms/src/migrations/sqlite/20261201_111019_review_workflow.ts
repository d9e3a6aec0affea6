import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_by\` text;`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_state_idx\` ON \`pages\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_submitted_by_idx\` ON \`pages\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_reviewer_idx\` ON \`pages\` (\`workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_review_by_idx\` ON \`pages\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`pages_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_state_idx\` ON \`_pages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_pages_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_reviewer_idx\` ON \`_pages_v\` (\`version_workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_review_by_idx\` ON \`_pages_v\` (\`version_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`review_by\` text;`)
  await db.run(sql`CREATE INDEX \`documents_workflow_workflow_state_idx\` ON \`documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`documents_workflow_workflow_submitted_by_idx\` ON \`documents\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_workflow_workflow_reviewer_idx\` ON \`documents\` (\`workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_by_idx\` ON \`documents\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_workflow_version_workflow_state_idx\` ON \`_documents_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_workflow_version_workflow_submitted_idx\` ON \`_documents_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_workflow_version_workflow_reviewer_idx\` ON \`_documents_v\` (\`version_workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_by_idx\` ON \`_documents_v\` (\`version_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_by\` text;`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_state_idx\` ON \`events\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_submitted_by_idx\` ON \`events\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_reviewer_idx\` ON \`events\` (\`workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`events_review_by_idx\` ON \`events\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_state_idx\` ON \`_events_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_events_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_reviewer_idx\` ON \`_events_v\` (\`version_workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_by_idx\` ON \`_events_v\` (\`version_review_by\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`review_by\` text;`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_state_idx\` ON \`organisations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_submitted_by_idx\` ON \`organisations\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_reviewer_idx\` ON \`organisations\` (\`workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_review_by_idx\` ON \`organisations\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_workflow_reviewer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_workflow_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_workflow_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_state_idx\` ON \`_organisations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_submi_idx\` ON \`_organisations_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_revie_idx\` ON \`_organisations_v\` (\`version_workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_review_by_idx\` ON \`_organisations_v\` (\`version_review_by\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`parent_id\` integer,
  	\`topic_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`translation_ledger\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "key", "parent_id", "topic_id", "order", "translation_ledger", "updated_at", "created_at", "_status") SELECT "id", "key", "parent_id", "topic_id", "order", "translation_ledger", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_key_idx\` ON \`pages\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_topic_idx\` ON \`pages\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_key\` text,
  	\`version_parent_id\` integer,
  	\`version_topic_id\` integer,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_translation_ledger\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_key", "version_parent_id", "version_topic_id", "version_order", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_key", "version_parent_id", "version_topic_id", "version_order", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_key_idx\` ON \`_pages_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_topic_idx\` ON \`_pages_v\` (\`version_topic_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`year\` numeric,
  	\`decision_date\` text,
  	\`publisher\` text,
  	\`supersedes_id\` integer,
  	\`page_count\` numeric,
  	\`page_texts\` text,
  	\`slug\` text,
  	\`sample\` integer DEFAULT false,
  	\`translation_ledger\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`supersedes_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "type", "year", "decision_date", "publisher", "supersedes_id", "page_count", "page_texts", "slug", "sample", "translation_ledger", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "type", "year", "decision_date", "publisher", "supersedes_id", "page_count", "page_texts", "slug", "sample", "translation_ledger", "updated_at", "created_at", "_status", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`CREATE INDEX \`documents_supersedes_idx\` ON \`documents\` (\`supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_type\` text,
  	\`version_year\` numeric,
  	\`version_decision_date\` text,
  	\`version_publisher\` text,
  	\`version_supersedes_id\` integer,
  	\`version_page_count\` numeric,
  	\`version_page_texts\` text,
  	\`version_slug\` text,
  	\`version_sample\` integer DEFAULT false,
  	\`version_translation_ledger\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_supersedes_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_type", "version_year", "version_decision_date", "version_publisher", "version_supersedes_id", "version_page_count", "version_page_texts", "version_slug", "version_sample", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_type", "version_year", "version_decision_date", "version_publisher", "version_supersedes_id", "version_page_count", "version_page_texts", "version_slug", "version_sample", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "version_url", "version_thumbnail_u_r_l", "version_filename", "version_mime_type", "version_filesize", "version_width", "version_height", "version_focal_x", "version_focal_y", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_supersedes_idx\` ON \`_documents_v\` (\`version_supersedes_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_filename_idx\` ON \`_documents_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_snapshot_idx\` ON \`_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_published_locale_idx\` ON \`_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_autosave_idx\` ON \`_documents_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Berlin',
  	\`end\` text,
  	\`end_tz\` text DEFAULT 'Europe/Berlin',
  	\`recurrence_rule\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`place_name\` text,
  	\`place_street\` text,
  	\`place_postcode\` text,
  	\`place_district\` text,
  	\`registration_url\` text,
  	\`registration_email\` text,
  	\`registration_deadline\` text,
  	\`registration_capacity\` numeric,
  	\`accessible\` integer DEFAULT false,
  	\`organiser_id\` integer,
  	\`slug\` text,
  	\`sample\` integer DEFAULT false,
  	\`translation_ledger\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organiser_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "start", "start_tz", "end", "end_tz", "recurrence_rule", "status", "place_name", "place_street", "place_postcode", "place_district", "registration_url", "registration_email", "registration_deadline", "registration_capacity", "accessible", "organiser_id", "slug", "sample", "translation_ledger", "updated_at", "created_at", "_status") SELECT "id", "start", "start_tz", "end", "end_tz", "recurrence_rule", "status", "place_name", "place_street", "place_postcode", "place_district", "registration_url", "registration_email", "registration_deadline", "registration_capacity", "accessible", "organiser_id", "slug", "sample", "translation_ledger", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_organiser_idx\` ON \`events\` (\`organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Berlin',
  	\`version_end\` text,
  	\`version_end_tz\` text DEFAULT 'Europe/Berlin',
  	\`version_recurrence_rule\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_place_name\` text,
  	\`version_place_street\` text,
  	\`version_place_postcode\` text,
  	\`version_place_district\` text,
  	\`version_registration_url\` text,
  	\`version_registration_email\` text,
  	\`version_registration_deadline\` text,
  	\`version_registration_capacity\` numeric,
  	\`version_accessible\` integer DEFAULT false,
  	\`version_organiser_id\` integer,
  	\`version_slug\` text,
  	\`version_sample\` integer DEFAULT false,
  	\`version_translation_ledger\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organiser_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_recurrence_rule", "version_status", "version_place_name", "version_place_street", "version_place_postcode", "version_place_district", "version_registration_url", "version_registration_email", "version_registration_deadline", "version_registration_capacity", "version_accessible", "version_organiser_id", "version_slug", "version_sample", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_recurrence_rule", "version_status", "version_place_name", "version_place_street", "version_place_postcode", "version_place_district", "version_registration_url", "version_registration_email", "version_registration_deadline", "version_registration_capacity", "version_accessible", "version_organiser_id", "version_slug", "version_sample", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_organiser_idx\` ON \`_events_v\` (\`version_organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`district\` text,
  	\`quarter\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_lat\` numeric,
  	\`address_lng\` numeric,
  	\`website\` text,
  	\`founded\` numeric,
  	\`network_member\` integer DEFAULT false,
  	\`contact_consent\` integer DEFAULT false,
  	\`contact_person\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`slug\` text,
  	\`sample\` integer DEFAULT false,
  	\`translation_ledger\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "name", "district", "quarter", "address_street", "address_postcode", "address_lat", "address_lng", "website", "founded", "network_member", "contact_consent", "contact_person", "contact_email", "contact_phone", "slug", "sample", "translation_ledger", "updated_at", "created_at", "_status") SELECT "id", "name", "district", "quarter", "address_street", "address_postcode", "address_lat", "address_lng", "website", "founded", "network_member", "contact_consent", "contact_person", "contact_email", "contact_phone", "slug", "sample", "translation_ledger", "updated_at", "created_at", "_status" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`CREATE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_district\` text,
  	\`version_quarter\` text,
  	\`version_address_street\` text,
  	\`version_address_postcode\` text,
  	\`version_address_lat\` numeric,
  	\`version_address_lng\` numeric,
  	\`version_website\` text,
  	\`version_founded\` numeric,
  	\`version_network_member\` integer DEFAULT false,
  	\`version_contact_consent\` integer DEFAULT false,
  	\`version_contact_person\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_slug\` text,
  	\`version_sample\` integer DEFAULT false,
  	\`version_translation_ledger\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_name", "version_district", "version_quarter", "version_address_street", "version_address_postcode", "version_address_lat", "version_address_lng", "version_website", "version_founded", "version_network_member", "version_contact_consent", "version_contact_person", "version_contact_email", "version_contact_phone", "version_slug", "version_sample", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_district", "version_quarter", "version_address_street", "version_address_postcode", "version_address_lat", "version_address_lng", "version_website", "version_founded", "version_network_member", "version_contact_consent", "version_contact_person", "version_contact_email", "version_contact_phone", "version_slug", "version_sample", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_snapshot_idx\` ON \`_organisations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_published_locale_idx\` ON \`_organisations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`pages_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` DROP COLUMN \`version_change_note\`;`)
}
