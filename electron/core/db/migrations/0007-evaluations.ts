import type { Migration } from './types';

/**
 * The satisfaction forms returned at a seminar (แบบประเมินความพึงพอใจ), entered one by one.
 * Answers are a JSON object keyed by question (shared/schemas/evaluation.ts), so a later change of
 * the question list keeps every old answer with its own question.
 */
export const m0007: Migration = {
  version: 7,
  name: 'seminar evaluation forms',
  up(db) {
    db.exec(`
      CREATE TABLE seminar_evaluations (
        id         INTEGER PRIMARY KEY,
        seminar_id INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        form_no    INTEGER NOT NULL CHECK (form_no > 0),
        group_id   INTEGER REFERENCES seminar_groups (id) ON DELETE SET NULL,
        answers    TEXT NOT NULL CHECK (json_valid(answers)),
        comment    TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (seminar_id, form_no)
      ) STRICT;
      CREATE INDEX seminar_evaluations_group ON seminar_evaluations (group_id);
    `);
  },
};
