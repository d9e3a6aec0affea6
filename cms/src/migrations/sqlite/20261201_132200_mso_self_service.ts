import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisation_confirmations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`confirmed_at\` text,
  	\`requested_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisation_confirmations_organisation_idx\` ON \`organisation_confirmations\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_confirmations_updated_at_idx\` ON \`organisation_confirmations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisation_confirmations_created_at_idx\` ON \`organisation_confirmations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organisation_confirmations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisation_confirmations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisation_confirmations_texts_order_parent\` ON \`organisation_confirmations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_confirmations_texts_parent_idx\` ON \`organisation_confirmations_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`events\` ADD \`last_changed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`events_last_changed_by_idx\` ON \`events\` (\`last_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_last_changed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_last_changed_by_idx\` ON \`_events_v\` (\`version_last_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`last_changed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`organisations_last_changed_by_idx\` ON \`organisations\` (\`last_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_last_changed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_last_changed_by_idx\` ON \`_organisations_v\` (\`version_last_changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organisation_confirmations_id\` integer REFERENCES organisation_confirmations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisation_confirmations_idx\` ON \`payload_locked_documents_rels\` (\`organisation_confirmations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisation_confirmations\`;`)
  await db.run(sql`DROP TABLE \`organisation_confirmations_texts\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`accessibility\` text DEFAULT 'unknown',
  	\`organiser_id\` integer,
  	\`slug\` text,
  	\`sample\` integer DEFAULT false,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_reviewer_id\` integer,
  	\`workflow_reviewed_at\` text,
  	\`workflow_review_comment\` text,
  	\`review_by\` text,
  	\`translation_ledger\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organiser_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "start", "start_tz", "end", "end_tz", "recurrence_rule", "status", "place_name", "place_street", "place_postcode", "place_district", "registration_url", "registration_email", "registration_deadline", "registration_capacity", "accessibility", "organiser_id", "slug", "sample", "workflow_state", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewer_id", "workflow_reviewed_at", "workflow_review_comment", "review_by", "translation_ledger", "updated_at", "created_at", "_status") SELECT "id", "start", "start_tz", "end", "end_tz", "recurrence_rule", "status", "place_name", "place_street", "place_postcode", "place_district", "registration_url", "registration_email", "registration_deadline", "registration_capacity", "accessibility", "organiser_id", "slug", "sample", "workflow_state", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewer_id", "workflow_reviewed_at", "workflow_review_comment", "review_by", "translation_ledger", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`events_organiser_idx\` ON \`events\` (\`organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_state_idx\` ON \`events\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_submitted_by_idx\` ON \`events\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_reviewer_idx\` ON \`events\` (\`workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`events_review_by_idx\` ON \`events\` (\`review_by\`);`)
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
  	\`version_accessibility\` text DEFAULT 'unknown',
  	\`version_organiser_id\` integer,
  	\`version_slug\` text,
  	\`version_sample\` integer DEFAULT false,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_reviewer_id\` integer,
  	\`version_workflow_reviewed_at\` text,
  	\`version_workflow_review_comment\` text,
  	\`version_review_by\` text,
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
  	FOREIGN KEY (\`version_organiser_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_recurrence_rule", "version_status", "version_place_name", "version_place_street", "version_place_postcode", "version_place_district", "version_registration_url", "version_registration_email", "version_registration_deadline", "version_registration_capacity", "version_accessibility", "version_organiser_id", "version_slug", "version_sample", "version_workflow_state", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewer_id", "version_workflow_reviewed_at", "version_workflow_review_comment", "version_review_by", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_recurrence_rule", "version_status", "version_place_name", "version_place_street", "version_place_postcode", "version_place_district", "version_registration_url", "version_registration_email", "version_registration_deadline", "version_registration_capacity", "version_accessibility", "version_organiser_id", "version_slug", "version_sample", "version_workflow_state", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewer_id", "version_workflow_reviewed_at", "version_workflow_review_comment", "version_review_by", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_organiser_idx\` ON \`_events_v\` (\`version_organiser_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_state_idx\` ON \`_events_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_events_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_reviewer_idx\` ON \`_events_v\` (\`version_workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_by_idx\` ON \`_events_v\` (\`version_review_by\`);`)
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
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_reviewer_id\` integer,
  	\`workflow_reviewed_at\` text,
  	\`workflow_review_comment\` text,
  	\`review_by\` text,
  	\`translation_ledger\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "name", "district", "quarter", "address_street", "address_postcode", "address_lat", "address_lng", "website", "founded", "network_member", "contact_consent", "contact_person", "contact_email", "contact_phone", "slug", "sample", "workflow_state", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewer_id", "workflow_reviewed_at", "workflow_review_comment", "review_by", "translation_ledger", "updated_at", "created_at", "_status") SELECT "id", "name", "district", "quarter", "address_street", "address_postcode", "address_lat", "address_lng", "website", "founded", "network_member", "contact_consent", "contact_person", "contact_email", "contact_phone", "slug", "sample", "workflow_state", "workflow_submitted_by_id", "workflow_submitted_at", "workflow_reviewer_id", "workflow_reviewed_at", "workflow_review_comment", "review_by", "translation_ledger", "updated_at", "created_at", "_status" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`CREATE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_state_idx\` ON \`organisations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_submitted_by_idx\` ON \`organisations\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_reviewer_idx\` ON \`organisations\` (\`workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_review_by_idx\` ON \`organisations\` (\`review_by\`);`)
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
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_reviewer_id\` integer,
  	\`version_workflow_reviewed_at\` text,
  	\`version_workflow_review_comment\` text,
  	\`version_review_by\` text,
  	\`version_translation_ledger\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_name", "version_district", "version_quarter", "version_address_street", "version_address_postcode", "version_address_lat", "version_address_lng", "version_website", "version_founded", "version_network_member", "version_contact_consent", "version_contact_person", "version_contact_email", "version_contact_phone", "version_slug", "version_sample", "version_workflow_state", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewer_id", "version_workflow_reviewed_at", "version_workflow_review_comment", "version_review_by", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_district", "version_quarter", "version_address_street", "version_address_postcode", "version_address_lat", "version_address_lng", "version_website", "version_founded", "version_network_member", "version_contact_consent", "version_contact_person", "version_contact_email", "version_contact_phone", "version_slug", "version_sample", "version_workflow_state", "version_workflow_submitted_by_id", "version_workflow_submitted_at", "version_workflow_reviewer_id", "version_workflow_reviewed_at", "version_workflow_review_comment", "version_review_by", "version_translation_ledger", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_state_idx\` ON \`_organisations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_submi_idx\` ON \`_organisations_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_revie_idx\` ON \`_organisations_v\` (\`version_workflow_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_review_by_idx\` ON \`_organisations_v\` (\`version_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_snapshot_idx\` ON \`_organisations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_published_locale_idx\` ON \`_organisations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`topics_id\` integer,
  	\`documents_id\` integer,
  	\`events_id\` integer,
  	\`organisations_id\` integer,
  	\`activity_fields_id\` integer,
  	\`indicators_id\` integer,
  	\`contacts_id\` integer,
  	\`networks_id\` integer,
  	\`media_id\` integer,
  	\`search_misses_id\` integer,
  	\`users_id\` integer,
  	\`site_changes_id\` integer,
  	\`site_builds_id\` integer,
  	\`site_previews_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_fields_id\`) REFERENCES \`activity_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_misses_id\`) REFERENCES \`search_misses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_previews_id\`) REFERENCES \`site_previews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "topics_id", "documents_id", "events_id", "organisations_id", "activity_fields_id", "indicators_id", "contacts_id", "networks_id", "media_id", "search_misses_id", "users_id", "site_changes_id", "site_builds_id", "site_previews_id") SELECT "id", "order", "parent_id", "path", "pages_id", "topics_id", "documents_id", "events_id", "organisations_id", "activity_fields_id", "indicators_id", "contacts_id", "networks_id", "media_id", "search_misses_id", "users_id", "site_changes_id", "site_builds_id", "site_previews_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_networks_id_idx\` ON \`payload_locked_documents_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_misses_id_idx\` ON \`payload_locked_documents_rels\` (\`search_misses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_previews_id_idx\` ON \`payload_locked_documents_rels\` (\`site_previews_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
