import * as migration_20261125_125225_initial from './20261125_125225_initial';

export const migrations = [
  {
    up: migration_20261125_125225_initial.up,
    down: migration_20261125_125225_initial.down,
    name: '20261125_125225_initial'
  },
];
