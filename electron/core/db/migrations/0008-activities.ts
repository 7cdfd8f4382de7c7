import type { Migration } from './types';

/**
 * What volunteers do through the year (ระเบียบกระทรวงแรงงาน พ.ศ. 2548: spreading labour news,
 * "ชี้เป้า คัดกรอง ส่งต่อ", collecting labour data, joining the office's activities).
 *
 * - `activity_kinds`: the office's own list (DOMAIN.md: configurable), seeded with the usual five.
 *   A kind in use is retired (`active = 0`), never deleted, so old rows keep their kind.
 * - `activities`: one row per thing done. A row of the monthly grid (`whole_month = 1`, dated the
 *   month's first day) holds a volunteer's count of one kind for the month, at most one per
 *   volunteer, kind and month; a row of the detailed form is dated the day and may name the
 *   agency a person was referred to and the outcome.
 * - `seminars.kind` gains 'activity': an office activity (a community-service day) is an event
 *   with participants and attendance like a seminar. Widening a CHECK means rebuilding the table.
 *
 * Indexes: the grid reads one district's volunteers (by their own index) and each one's month by
 * `activities_volunteer`; reports read a date range by `activities_date`, which carries every
 * column they count so a fiscal year is read from the index alone.
 */
export const m0008: Migration = {
  version: 8,
  name: 'activity records and office activities',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE activity_kinds (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        is_referral INTEGER NOT NULL DEFAULT 0 CHECK (is_referral IN (0, 1)),
        active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort        INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE activities (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
        kind_id      INTEGER NOT NULL REFERENCES activity_kinds (id),
        date         TEXT NOT NULL,                  -- ISO; a grid row: the month's first day
        whole_month  INTEGER NOT NULL DEFAULT 0 CHECK (whole_month IN (0, 1)),
        people       INTEGER NOT NULL CHECK (people >= 0),   -- people reached
        place        TEXT NOT NULL DEFAULT '',
        notes        TEXT NOT NULL DEFAULT '',
        agency       TEXT NOT NULL DEFAULT '',       -- a referral: the agency referred to
        outcome      TEXT CHECK (outcome IN ('pending', 'helped', 'not_helped')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX activities_volunteer ON activities (volunteer_id, date, kind_id, whole_month, people);
      CREATE INDEX activities_date ON activities (date, kind_id, volunteer_id, people, agency);
      CREATE INDEX activities_kind ON activities (kind_id);
      CREATE UNIQUE INDEX activities_grid_cell ON activities (volunteer_id, kind_id, date) WHERE whole_month = 1;

      CREATE TABLE seminars_new (
        id                  INTEGER PRIMARY KEY,
        title               TEXT NOT NULL,
        kind                TEXT NOT NULL CHECK (kind IN ('seminar', 'training', 'meeting', 'activity')),
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
      INSERT INTO seminars_new SELECT * FROM seminars;
      DROP TABLE seminars;
      ALTER TABLE seminars_new RENAME TO seminars;
      CREATE INDEX seminars_fy ON seminars (fiscal_year, status, first_date);
    `);
    // The defaults; the office edits the list in Settings.
    const insertKind = db.prepare('INSERT INTO activity_kinds (name, is_referral, sort) VALUES (?, ?, ?)');
    insertKind.run('ประชาสัมพันธ์ข้อมูลข่าวสาร', 0, 1);
    insertKind.run('ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', 1, 2);
    insertKind.run('จัดเก็บข้อมูลแรงงาน', 0, 3);
    insertKind.run('ร่วมกิจกรรม/จิตอาสา', 0, 4);
    insertKind.run('อื่น ๆ', 0, 5);
  },
};
