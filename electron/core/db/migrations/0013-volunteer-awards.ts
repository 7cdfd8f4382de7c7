import type { Migration } from './types';

/**
 * Recognition a volunteer received (อสร.ดีเด่น of the province or the country, the ministry's pin,
 * a certificate of honour, or another the office types): one row per award, for the fiscal year
 * (B.E.) it honours, with who gave it or the order or letter that did, and when.
 * `kind_text` names an award of kind 'other'; the other kinds are named by the app.
 */
export const m0013: Migration = {
  version: 13,
  name: 'volunteer awards',
  up(db) {
    db.exec(`
      CREATE TABLE volunteer_awards (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
        fiscal_year  INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2400 AND 2800),
        kind         TEXT NOT NULL CHECK (kind IN ('outstanding_province', 'outstanding_national', 'pin', 'certificate', 'other')),
        kind_text    TEXT NOT NULL DEFAULT '',
        given_by     TEXT NOT NULL DEFAULT '',        -- who gave it, or the order or letter: คำสั่งจังหวัด ที่ 12/2569
        given_on     TEXT,                            -- ISO; unknown for an award keyed from old papers
        notes        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX volunteer_awards_volunteer ON volunteer_awards (volunteer_id, fiscal_year);
      CREATE INDEX volunteer_awards_year ON volunteer_awards (fiscal_year, kind);
    `);
  },
};
