import * as migration_20261125_125222_initial from './20261125_125222_initial';
import * as migration_20261125_133910_search_misses from './20261125_133910_search_misses';
import * as migration_20261125_151138_parent_indexes from './20261125_151138_parent_indexes';
import * as migration_20261201_095853_site_builds from './20261201_095853_site_builds';
import * as migration_20261201_110343_site_previews from './20261201_110343_site_previews';
import * as migration_20261201_111019_review_workflow from './20261201_111019_review_workflow';
import * as migration_20261201_112329_scheduled_publish from './20261201_112329_scheduled_publish';
import * as migration_20261201_114458_event_accessibility from './20261201_114458_event_accessibility';
import * as migration_20261201_132200_mso_self_service from './20261201_132200_mso_self_service';
import * as migration_20261201_141449_invitations from './20261201_141449_invitations';
import * as migration_20261201_163554_language_review from './20261201_163554_language_review';
import * as migration_20261201_180138_language_review_fields from './20261201_180138_language_review_fields';
import * as migration_20261201_180219_language_review_group_dropped from './20261201_180219_language_review_group_dropped';
import * as migration_20261201_234143_reader_messages from './20261201_234143_reader_messages';
import * as migration_20261201_235053_user_totp from './20261201_235053_user_totp';
import * as migration_20261202_031236_search_synonyms from './20261202_031236_search_synonyms';

export const migrations = [
  {
    up: migration_20261125_125222_initial.up,
    down: migration_20261125_125222_initial.down,
    name: '20261125_125222_initial',
  },
  {
    up: migration_20261125_133910_search_misses.up,
    down: migration_20261125_133910_search_misses.down,
    name: '20261125_133910_search_misses',
  },
  {
    up: migration_20261125_151138_parent_indexes.up,
    down: migration_20261125_151138_parent_indexes.down,
    name: '20261125_151138_parent_indexes',
  },
  {
    up: migration_20261201_095853_site_builds.up,
    down: migration_20261201_095853_site_builds.down,
    name: '20261201_095853_site_builds',
  },
  {
    up: migration_20261201_110343_site_previews.up,
    down: migration_20261201_110343_site_previews.down,
    name: '20261201_110343_site_previews',
  },
  {
    up: migration_20261201_111019_review_workflow.up,
    down: migration_20261201_111019_review_workflow.down,
    name: '20261201_111019_review_workflow',
  },
  {
    up: migration_20261201_112329_scheduled_publish.up,
    down: migration_20261201_112329_scheduled_publish.down,
    name: '20261201_112329_scheduled_publish',
  },
  {
    up: migration_20261201_114458_event_accessibility.up,
    down: migration_20261201_114458_event_accessibility.down,
    name: '20261201_114458_event_accessibility',
  },
  {
    up: migration_20261201_132200_mso_self_service.up,
    down: migration_20261201_132200_mso_self_service.down,
    name: '20261201_132200_mso_self_service',
  },
  {
    up: migration_20261201_141449_invitations.up,
    down: migration_20261201_141449_invitations.down,
    name: '20261201_141449_invitations',
  },
  {
    up: migration_20261201_163554_language_review.up,
    down: migration_20261201_163554_language_review.down,
    name: '20261201_163554_language_review',
  },
  {
    up: migration_20261201_180138_language_review_fields.up,
    down: migration_20261201_180138_language_review_fields.down,
    name: '20261201_180138_language_review_fields',
  },
  {
    up: migration_20261201_180219_language_review_group_dropped.up,
    down: migration_20261201_180219_language_review_group_dropped.down,
    name: '20261201_180219_language_review_group_dropped',
  },
  {
    up: migration_20261201_234143_reader_messages.up,
    down: migration_20261201_234143_reader_messages.down,
    name: '20261201_234143_reader_messages',
  },
  {
    up: migration_20261201_235053_user_totp.up,
    down: migration_20261201_235053_user_totp.down,
    name: '20261201_235053_user_totp',
  },
  {
    up: migration_20261202_031236_search_synonyms.up,
    down: migration_20261202_031236_search_synonyms.down,
    name: '20261202_031236_search_synonyms'
  },
];
