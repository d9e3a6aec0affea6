import * as migration_20261125_125225_initial from './20261125_125225_initial';
import * as migration_20261125_133915_search_misses from './20261125_133915_search_misses';

export const migrations = [
  {
    up: migration_20261125_125225_initial.up,
    down: migration_20261125_125225_initial.down,
    name: '20261125_125225_initial',
  },
  {
    up: migration_20261125_133915_search_misses.up,
    down: migration_20261125_133915_search_misses.down,
    name: '20261125_133915_search_misses'
  },
];
