import * as migration_20261125_124341_initial from './20261125_124341_initial';

export const migrations = [
  {
    up: migration_20261125_124341_initial.up,
    down: migration_20261125_124341_initial.down,
    name: '20261125_124341_initial'
  },
];
