import * as migration_20261125_125222_initial from './20261125_125222_initial';

export const migrations = [
  {
    up: migration_20261125_125222_initial.up,
    down: migration_20261125_125222_initial.down,
    name: '20261125_125222_initial'
  },
];
