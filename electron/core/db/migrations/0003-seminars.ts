import type { Migration } from './types';
import { DEFAULT_RATES } from '../../rates/defaults';

/**
 * Seminars and trainings with their days, sessions, target groups, participants, attendance per
 * session, speakers, budget lines and photos (files in the data folder; rows keep only the path);
 * a reusable contacts directory; and the training-expense ceiling rates with effective dates.
 * Participants keep a snapshot of name, position and agency so a past seminar's documents stay as
 * they were when the register changes.
 */
export const m0003: Migration = {
  version: 3,
  name: 'seminars, contacts and training rates',
  up(db) {
    db.exec(`
      CREATE TABLE contacts (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        position      TEXT NOT NULL DEFAULT '',
        agency        TEXT NOT NULL DEFAULT '',
        phone         TEXT NOT NULL DEFAULT '',
        is_government INTEGER NOT NULL DEFAULT 1 CHECK (is_government IN (0, 1)),
        notes         TEXT NOT NULL DEFAULT '',
        name_key      TEXT NOT NULL UNIQUE,       -- name without spaces: one person once
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE training_rates (
        id             INTEGER PRIMARY KEY,
        item           TEXT NOT NULL,
        training_type  TEXT NOT NULL CHECK (training_type IN ('a', 'b', 'outsider')),
        effective_from TEXT NOT NULL,
        amount         REAL NOT NULL CHECK (amount >= 0),
        note           TEXT NOT NULL DEFAULT '',
        UNIQUE (item, training_type, effective_from)
      ) STRICT;

      CREATE TABLE seminars (
        id                  INTEGER PRIMARY KEY,
        title               TEXT NOT NULL,
        kind                TEXT NOT NULL CHECK (kind IN ('seminar', 'training', 'meeting')),
        fiscal_year         INTEGER NOT NULL,
        status              TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done', 'cancelled')),
        training_type       TEXT NOT NULL CHECK (training_type IN ('a', 'b', 'outsider')),
        venue_kind          TEXT NOT NULL CHECK (venue_kind IN ('gov', 'private')),
        venue_room          TEXT NOT NULL DEFAULT '',
        venue_place         TEXT NOT NULL DEFAULT '',
        venue_address       TEXT NOT NULL DEFAULT '',
        chair_name          TEXT NOT NULL DEFAULT '',
        chair_position      TEXT NOT NULL DEFAULT '',
        reporter_name       TEXT NOT NULL DEFAULT '',
        reporter_position   TEXT NOT NULL DEFAULT '',
        objectives          TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings, in order
        responsible_officer TEXT NOT NULL DEFAULT '',
        notes               TEXT NOT NULL DEFAULT '',
        outcomes            TEXT NOT NULL DEFAULT '',
        problems            TEXT NOT NULL DEFAULT '',
        suggestions         TEXT NOT NULL DEFAULT '',
        first_date          TEXT NOT NULL,               -- kept in step with seminar_days
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX seminars_fy ON seminars (fiscal_year, status, first_date);

      CREATE TABLE seminar_days (
        id         INTEGER PRIMARY KEY,
        seminar_id INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        date       TEXT NOT NULL,
        UNIQUE (seminar_id, date)
      ) STRICT;

      CREATE TABLE seminar_sessions (
        id         INTEGER PRIMARY KEY,
        day_id     INTEGER NOT NULL REFERENCES seminar_days (id) ON DELETE CASCADE,
        start_time TEXT NOT NULL,
        end_time   TEXT NOT NULL,
        topic      TEXT NOT NULL DEFAULT '',
        sort       INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX seminar_sessions_day ON seminar_sessions (day_id, sort);

      CREATE TABLE seminar_groups (
        id            INTEGER PRIMARY KEY,
        seminar_id    INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        planned_count INTEGER NOT NULL CHECK (planned_count >= 0),
        category      TEXT NOT NULL CHECK (category IN ('official', 'outsider')),
        sort          INTEGER NOT NULL,
        UNIQUE (seminar_id, name)
      ) STRICT;

      CREATE TABLE seminar_participants (
        id               INTEGER PRIMARY KEY,
        seminar_id       INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        group_id         INTEGER NOT NULL REFERENCES seminar_groups (id),
        source           TEXT NOT NULL CHECK (source IN ('volunteer', 'contact', 'walkin')),
        volunteer_id     INTEGER REFERENCES volunteers (id),
        contact_id       INTEGER REFERENCES contacts (id),
        name             TEXT NOT NULL,
        position         TEXT NOT NULL DEFAULT '',
        agency           TEXT NOT NULL DEFAULT '',
        phone            TEXT NOT NULL DEFAULT '',
        national_id      TEXT NOT NULL DEFAULT '',
        category         TEXT NOT NULL CHECK (category IN ('official', 'outsider')),
        travel_amount    REAL,
        allowance_amount REAL,
        name_key         TEXT NOT NULL,
        created_at       TEXT NOT NULL
      ) STRICT;
      -- No person twice: by register entry, by contact, by national ID, and by name.
      CREATE UNIQUE INDEX seminar_participants_volunteer ON seminar_participants (seminar_id, volunteer_id) WHERE volunteer_id IS NOT NULL;
      CREATE UNIQUE INDEX seminar_participants_contact ON seminar_participants (seminar_id, contact_id) WHERE contact_id IS NOT NULL;
      CREATE UNIQUE INDEX seminar_participants_nid ON seminar_participants (seminar_id, national_id) WHERE national_id <> '';
      CREATE UNIQUE INDEX seminar_participants_name ON seminar_participants (seminar_id, name_key);
      CREATE INDEX seminar_participants_group ON seminar_participants (group_id);
      CREATE INDEX seminar_participants_by_volunteer ON seminar_participants (volunteer_id) WHERE volunteer_id IS NOT NULL;

      CREATE TABLE seminar_attendance (
        session_id     INTEGER NOT NULL REFERENCES seminar_sessions (id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES seminar_participants (id) ON DELETE CASCADE,
        status         TEXT NOT NULL CHECK (status IN ('present', 'absent')),
        at             TEXT NOT NULL,
        PRIMARY KEY (session_id, participant_id)
      ) STRICT;
      CREATE INDEX seminar_attendance_participant ON seminar_attendance (participant_id);

      CREATE TABLE seminar_speakers (
        id            INTEGER PRIMARY KEY,
        seminar_id    INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        session_id    INTEGER REFERENCES seminar_sessions (id) ON DELETE SET NULL,
        name          TEXT NOT NULL,
        position      TEXT NOT NULL DEFAULT '',
        agency        TEXT NOT NULL DEFAULT '',
        is_government INTEGER NOT NULL CHECK (is_government IN (0, 1)),
        hours         REAL NOT NULL CHECK (hours >= 0)
      ) STRICT;
      CREATE INDEX seminar_speakers_seminar ON seminar_speakers (seminar_id);

      CREATE TABLE seminar_budget_lines (
        id            INTEGER PRIMARY KEY,
        seminar_id    INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        category      TEXT NOT NULL CHECK (category IN ('meal', 'snack', 'venue', 'accommodation', 'speaker', 'travel', 'other')),
        description   TEXT NOT NULL DEFAULT '',
        rate_item     TEXT,
        quantity      REAL NOT NULL CHECK (quantity >= 0),
        times         REAL NOT NULL CHECK (times >= 0),
        rate          REAL NOT NULL CHECK (rate >= 0),
        actual_amount REAL CHECK (actual_amount >= 0),
        sort          INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX seminar_budget_lines_seminar ON seminar_budget_lines (seminar_id, sort);

      CREATE TABLE seminar_photos (
        id         INTEGER PRIMARY KEY,
        seminar_id INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        path       TEXT NOT NULL,                        -- relative to the data folder
        file_name  TEXT NOT NULL,
        caption    TEXT NOT NULL DEFAULT '',
        mime       TEXT NOT NULL,
        size       INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX seminar_photos_seminar ON seminar_photos (seminar_id, id);
    `);
    const insertRate = db.prepare('INSERT INTO training_rates (item, training_type, effective_from, amount, note) VALUES (?, ?, ?, ?, ?)');
    for (const r of DEFAULT_RATES) insertRate.run(r.item, r.trainingType, r.effectiveFrom, r.amount, r.note);
  },
};
