import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { toRow } from '../../electron/core/volunteers/repository';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { tempDir } from '../helpers/core';

const find = (db: Database.Database, q: string) =>
  db.prepare('SELECT rowid FROM volunteers_fts WHERE volunteers_fts MATCH ? ORDER BY rowid').pluck().all(`"${q}"`) as number[];

describe('migration 0005 (trigram index filled by the insert path)', () => {
  it('drops only the insert trigger; rows indexed before and after are found, update and delete still follow', () => {
    const db = new Database(path.join(tempDir(), 'v4.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 4));
    const [before, after] = generateVolunteers(2, { seed: 1 });
    // Version 4 indexed through its trigger: a plain insert of the row.
    const row = { ...toRow(before), status: 'active', created_at: 'x', updated_at: 'x' };
    db.prepare(`INSERT INTO volunteers (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((c) => '@' + c).join(', ')})`).run(row);
    migrate(db, migrations);
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
    expect(triggers).toEqual(['volunteers_fts_delete', 'volunteers_fts_update']);
    // The inserter indexes the rows itself.
    db.transaction(() => insertMany(db, [after], new Date()))();
    const ids = db.prepare('SELECT id FROM volunteers ORDER BY id').pluck().all() as number[];
    expect(find(db, before.lastName)).toContain(ids[0]);
    expect(find(db, after.lastName)).toContain(ids[1]);
    // The index agrees with the table, row for row.
    expect(() => db.exec("INSERT INTO volunteers_fts (volunteers_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.prepare("UPDATE volunteers SET search_text = 'ไม่มีใครชื่อนี้' WHERE id = ?").run(ids[1]);
    expect(find(db, after.lastName)).not.toContain(ids[1]);
    expect(find(db, 'ใครชื่อ')).toEqual([ids[1]]);
    db.prepare('DELETE FROM volunteer_terms WHERE volunteer_id = ?').run(ids[1]);
    db.prepare('DELETE FROM volunteers WHERE id = ?').run(ids[1]);
    expect(find(db, 'ใครชื่อ')).toEqual([]);
    expect(() => db.exec("INSERT INTO volunteers_fts (volunteers_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.close();
  });
});
