import * as migration_20261125_124828_initial from './20261125_124828_initial';

export const migrations = [
  {
    up: migration_20261125_124828_initial.up,
    down: migration_20261125_124828_initial.down,
    name: '20261125_124828_initial'
  },
];
