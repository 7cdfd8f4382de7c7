import type { Migration } from './types';

/**
 * Pairs of register rows the clerk has looked at and found to be two different people ("ไม่ใช่คน
 * เดียวกัน"), so the duplicate finder does not offer them again. The lower id comes first.
 * A merge removes the rows of the person it removes.
 */
export const m0012: Migration = {
  version: 12,
  name: 'volunteer pairs dismissed as different people',
  up(db) {
    db.exec(`
      CREATE TABLE volunteer_not_duplicates (
        a            INTEGER NOT NULL REFERENCES volunteers (id),
        b            INTEGER NOT NULL REFERENCES volunteers (id),
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (a, b),
        CHECK (a < b)
      ) STRICT;
      CREATE INDEX volunteer_not_duplicates_b ON volunteer_not_duplicates (b);
    `);
  },
};
