import type { Migration } from './types';

/**
 * New volunteers are added to the trigram index by the one insert path
 * (`volunteerInserter` in volunteers/repository.ts) instead of an AFTER INSERT trigger.
 *
 * Why: a trigger that writes to an FTS5 table makes every `INSERT INTO volunteers` open a
 * statement savepoint, and FTS5's xSavepoint flushes its pending terms to disk
 * (`fts5SavepointMethod` → `sqlite3Fts5FlushToDisk`). A 10,000-row import therefore wrote
 * 10,000 one-row index segments and merged them again: about 0.7 s of its commit. The same rows
 * inserted by a plain `INSERT INTO volunteers_fts` statement stay in FTS5's in-memory hash until
 * the transaction ends: about 0.15 s. The update and delete triggers stay (one row at a time).
 *
 * Nothing else changes: every row and every index entry already written is kept.
 */
export const m0005: Migration = {
  version: 5,
  name: 'trigram index filled by the insert path',
  up(db) {
    db.exec('DROP TRIGGER volunteers_fts_insert');
  },
};
