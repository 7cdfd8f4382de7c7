import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from '../helpers/core';

describe('migration 0015 (certificate register kept for good; award certificates) on a version 14 register', () => {
  it('moves every number given into the register with its holder, and from then on a holder removed leaves its number taken', () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v14.sqlite'), file);
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    // Numbers as 0011 gave them: the fixture's participants and its speaker.
    const people = db.prepare('SELECT id, seminar_id AS seminarId FROM seminar_participants ORDER BY id LIMIT 3').all() as { id: number; seminarId: number }[];
    const speaker = db.prepare('SELECT id, seminar_id AS seminarId FROM seminar_speakers ORDER BY id LIMIT 1').get() as { id: number; seminarId: number };
    const give = db.prepare('INSERT INTO seminar_certificates (fiscal_year, number, seminar_id, participant_id, speaker_id, issued_at) VALUES (2570, ?, ?, ?, ?, ?)');
    people.forEach((p, i) => give.run(i + 1, p.seminarId, p.id, null, '2026-11-24T03:00:00.000Z'));
    give.run(4, speaker.seminarId, null, speaker.id, '2026-11-24T03:00:00.000Z');
    const given = db.prepare('SELECT fiscal_year, number, seminar_id, participant_id, speaker_id, issued_at FROM seminar_certificates ORDER BY number').all();

    migrate(db, migrations.filter((m) => m.version <= 15));
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(15);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'seminar_certificates'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT fiscal_year, number, seminar_id, participant_id, speaker_id, issued_at FROM certificates ORDER BY number').all()).toEqual(given);
    expect(db.prepare('SELECT DISTINCT award_id FROM certificates').pluck().all()).toEqual([null]);

    // The holder of the year's highest number removed: the number stays in the register, held by no one.
    db.prepare('DELETE FROM seminar_speakers WHERE id = ?').run(speaker.id);
    db.prepare('DELETE FROM seminar_participants WHERE id = ?').run(people[1].id);
    expect(db.prepare('SELECT number, participant_id AS p, speaker_id AS s FROM certificates ORDER BY number').all()).toEqual([
      { number: 1, p: people[0].id, s: null },
      { number: 2, p: null, s: null },
      { number: 3, p: people[2].id, s: null },
      { number: 4, p: null, s: null },
    ]);
    // An award's certificate takes its place in the same register; one holder per number at most.
    const award = db.prepare('SELECT id FROM volunteer_awards LIMIT 1').pluck().get() as number;
    db.prepare("INSERT INTO certificates (fiscal_year, number, award_id, issued_at) VALUES (2570, 5, ?, '2026-11-25T03:00:00.000Z')").run(award);
    expect(() => db.prepare("INSERT INTO certificates (fiscal_year, number, award_id, issued_at) VALUES (2570, 2, ?, 'x')").run(award)).toThrow();
    expect(() => db.prepare("INSERT INTO certificates (fiscal_year, number, participant_id, award_id, issued_at) VALUES (2570, 6, ?, ?, 'x')").run(people[0].id, award)).toThrow(/CHECK/);
    db.close();
  });
});
