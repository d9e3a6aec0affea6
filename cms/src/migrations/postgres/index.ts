import * as migration_20261125_125225_initial from './20261125_125225_initial';
import * as migration_20261125_133915_search_misses from './20261125_133915_search_misses';
import * as migration_20261125_151142_parent_indexes from './20261125_151142_parent_indexes';
import * as migration_20261201_095928_site_builds from './20261201_095928_site_builds';
import * as migration_20261201_110403_site_previews from './20261201_110403_site_previews';
import * as migration_20261201_111110_review_workflow from './20261201_111110_review_workflow';
import * as migration_20261201_112445_scheduled_publish from './20261201_112445_scheduled_publish';
import * as migration_20261201_114601_event_accessibility from './20261201_114601_event_accessibility';
import * as migration_20261201_132332_mso_self_service from './20261201_132332_mso_self_service';
import * as migration_20261201_141840_invitations from './20261201_141840_invitations';
import * as migration_20261201_163731_language_review from './20261201_163731_language_review';
import * as migration_20261201_180158_language_review_fields from './20261201_180158_language_review_fields';
import * as migration_20261201_180247_language_review_group_dropped from './20261201_180247_language_review_group_dropped';
import * as migration_20261201_234233_reader_messages from './20261201_234233_reader_messages';
import * as migration_20261201_235251_user_totp from './20261201_235251_user_totp';
import * as migration_20261202_031314_search_synonyms from './20261202_031314_search_synonyms';
import * as migration_20261203_114948_nightly_site_build from './20261203_114948_nightly_site_build';

export const migrations = [
  {
    up: migration_20261125_125225_initial.up,
    down: migration_20261125_125225_initial.down,
    name: '20261125_125225_initial',
  },
  {
    up: migration_20261125_133915_search_misses.up,
    down: migration_20261125_133915_search_misses.down,
    name: '20261125_133915_search_misses',
  },
  {
    up: migration_20261125_151142_parent_indexes.up,
    down: migration_20261125_151142_parent_indexes.down,
    name: '20261125_151142_parent_indexes',
  },
  {
    up: migration_20261201_095928_site_builds.up,
    down: migration_20261201_095928_site_builds.down,
    name: '20261201_095928_site_builds',
  },
  {
    up: migration_20261201_110403_site_previews.up,
    down: migration_20261201_110403_site_previews.down,
    name: '20261201_110403_site_previews',
  },
  {
    up: migration_20261201_111110_review_workflow.up,
    down: migration_20261201_111110_review_workflow.down,
    name: '20261201_111110_review_workflow',
  },
  {
    up: migration_20261201_112445_scheduled_publish.up,
    down: migration_20261201_112445_scheduled_publish.down,
    name: '20261201_112445_scheduled_publish',
  },
  {
    up: migration_20261201_114601_event_accessibility.up,
    down: migration_20261201_114601_event_accessibility.down,
    name: '20261201_114601_event_accessibility',
  },
  {
    up: migration_20261201_132332_mso_self_service.up,
    down: migration_20261201_132332_mso_self_service.down,
    name: '20261201_132332_mso_self_service',
  },
  {
    up: migration_20261201_141840_invitations.up,
    down: migration_20261201_141840_invitations.down,
    name: '20261201_141840_invitations',
  },
  {
    up: migration_20261201_163731_language_review.up,
    down: migration_20261201_163731_language_review.down,
    name: '20261201_163731_language_review',
  },
  {
    up: migration_20261201_180158_language_review_fields.up,
    down: migration_20261201_180158_language_review_fields.down,
    name: '20261201_180158_language_review_fields',
  },
  {
    up: migration_20261201_180247_language_review_group_dropped.up,
    down: migration_20261201_180247_language_review_group_dropped.down,
    name: '20261201_180247_language_review_group_dropped',
  },
  {
    up: migration_20261201_234233_reader_messages.up,
    down: migration_20261201_234233_reader_messages.down,
    name: '20261201_234233_reader_messages',
  },
  {
    up: migration_20261201_235251_user_totp.up,
    down: migration_20261201_235251_user_totp.down,
    name: '20261201_235251_user_totp',
  },
  {
    up: migration_20261202_031314_search_synonyms.up,
    down: migration_20261202_031314_search_synonyms.down,
    name: '20261202_031314_search_synonyms',
  },
  {
    up: migration_20261203_114948_nightly_site_build.up,
    down: migration_20261203_114948_nightly_site_build.down,
    name: '20261203_114948_nightly_site_build'
  },
];
