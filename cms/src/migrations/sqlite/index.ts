import * as migration_20261125_124825_initial from './20261125_124825_initial';

export const migrations = [
  {
    up: migration_20261125_124825_initial.up,
    down: migration_20261125_124825_initial.down,
    name: '20261125_124825_initial'
  },
];
