import type { Migration } from './types';

/**
 * The volunteer register. The row keeps the current term (for filtering by term end) and
 * `volunteer_terms` keeps every term; `volunteer_status_changes` keeps every status change.
 * `search_text` (names, ID and phone digits, normalised by the service) is indexed by an FTS5
 * trigram table so substrings inside Thai words are found without a table scan. Full detail
 * (positions) lets a quoted phrase match a substring from the index alone, without reading rows.
 */
export const m0002: Migration = {
  version: 2,
  name: 'volunteers',
  up(db) {
    db.exec(`
      CREATE TABLE volunteers (
        id                   INTEGER PRIMARY KEY,
        title                TEXT NOT NULL,
        first_name           TEXT NOT NULL,
        last_name            TEXT NOT NULL,
        first_name_en        TEXT NOT NULL DEFAULT '',
        last_name_en         TEXT NOT NULL DEFAULT '',
        national_id          TEXT UNIQUE,                 -- NULL only after a PDPA erase
        birth_date           TEXT,
        sex                  TEXT CHECK (sex IN ('male', 'female')),
        phone                TEXT NOT NULL DEFAULT '',
        line_id              TEXT NOT NULL DEFAULT '',
        email                TEXT NOT NULL DEFAULT '',
        addr_house_no        TEXT NOT NULL DEFAULT '',
        addr_moo             TEXT NOT NULL DEFAULT '',
        addr_village         TEXT NOT NULL DEFAULT '',
        addr_soi             TEXT NOT NULL DEFAULT '',
        addr_road            TEXT NOT NULL DEFAULT '',
        addr_subdistrict     TEXT NOT NULL DEFAULT '',
        addr_district        TEXT NOT NULL DEFAULT '',
        addr_province        TEXT NOT NULL DEFAULT '',
        addr_postcode        TEXT NOT NULL DEFAULT '',
        education            TEXT NOT NULL DEFAULT '',
        occupation           TEXT NOT NULL DEFAULT '',
        level                TEXT NOT NULL DEFAULT '',
        area_subdistrict     TEXT NOT NULL DEFAULT '',
        area_district        TEXT NOT NULL DEFAULT '',
        area_province        TEXT NOT NULL DEFAULT '',
        appointment_order_no TEXT NOT NULL DEFAULT '',
        appointment_date     TEXT,
        term_start           TEXT,
        term_end             TEXT,
        status               TEXT NOT NULL DEFAULT 'active'
                             CHECK (status IN ('active', 'term_ended', 'resigned', 'deceased', 'removed')),
        status_date          TEXT,
        notes                TEXT NOT NULL DEFAULT '',
        erased_at            TEXT,
        sort_name            TEXT NOT NULL,               -- Thai dictionary-order key of the name
        search_text          TEXT NOT NULL,               -- what the search box matches
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      ) STRICT;
      -- Carries search_text so a one- or two-letter search (too short for trigrams) scans this
      -- narrow index instead of the wide rows.
      CREATE INDEX volunteers_sort_name ON volunteers (sort_name, id, search_text);
      CREATE INDEX volunteers_district ON volunteers (area_district, sort_name);
      CREATE INDEX volunteers_area ON volunteers (area_district, area_subdistrict, sort_name);
      CREATE INDEX volunteers_status ON volunteers (status, sort_name);
      CREATE INDEX volunteers_term_end ON volunteers (term_end);
      CREATE INDEX volunteers_level ON volunteers (level, sort_name);

      CREATE VIRTUAL TABLE volunteers_fts USING fts5 (
        search_text, content = 'volunteers', content_rowid = 'id', tokenize = 'trigram'
      );
      CREATE TRIGGER volunteers_fts_insert AFTER INSERT ON volunteers BEGIN
        INSERT INTO volunteers_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER volunteers_fts_delete AFTER DELETE ON volunteers BEGIN
        INSERT INTO volunteers_fts (volunteers_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      END;
      CREATE TRIGGER volunteers_fts_update AFTER UPDATE OF search_text ON volunteers BEGIN
        INSERT INTO volunteers_fts (volunteers_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO volunteers_fts (rowid, search_text) VALUES (new.id, new.search_text);
      END;

      CREATE TABLE volunteer_terms (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
        order_no     TEXT NOT NULL DEFAULT '',
        order_date   TEXT,
        term_start   TEXT,
        term_end     TEXT
      ) STRICT;
      CREATE INDEX volunteer_terms_volunteer ON volunteer_terms (volunteer_id, id);

      CREATE TABLE volunteer_status_changes (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
        from_status  TEXT,
        to_status    TEXT NOT NULL,
        changed_on   TEXT NOT NULL,                       -- the date the change took effect
        reason       TEXT NOT NULL DEFAULT '',
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX volunteer_status_changes_volunteer ON volunteer_status_changes (volunteer_id, id);
    `);
  },
};
