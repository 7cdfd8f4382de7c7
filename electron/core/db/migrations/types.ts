import type { Database } from 'better-sqlite3';

/** One schema version. `up` runs inside the migration's transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /**
   * The migration rebuilds a table that others reference (SQLite's way to change a CHECK: create
   * the new table, copy, drop the old, rename). Dropping a parent table with foreign keys on would
   * delete its children by cascade, so the runner turns them off around this migration's
   * transaction and checks every reference with `foreign_key_check` before it commits.
   */
  rebuildsTables?: boolean;
}
