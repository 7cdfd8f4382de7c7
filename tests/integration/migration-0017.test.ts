import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from '../helpers/core';

const V14 = path.resolve('tests/fixtures/db/schema-v14.sqlite');

const columnsOf = (db: Database.Database, index: string) => db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index);
const dump = (db: Database.Database) => db.prepare('SELECT * FROM activities ORDER BY id').all();

describe('migration 0017 (activity indexes by month) on a version 14 register', () => {
  it('keeps every activity row, narrows the per-person index, starts the grid-cell index with the month, and still refuses a second grid row', () => {
    const file = path.join(tempDir(), 'v14.sqlite');
    fs.copyFileSync(V14, file);
    const db = new Database(file);
    const before = dump(db);
    expect(before.length).toBeGreaterThan(0);
    expect(columnsOf(db, 'activities_volunteer')).toEqual(['volunteer_id', 'date', 'kind_id', 'whole_month', 'people']);

    migrate(db, migrations);

    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 17').pluck().get()).toBe(17);
    expect(dump(db)).toEqual(before);
    expect(columnsOf(db, 'activities_volunteer')).toEqual(['volunteer_id', 'date']);
    expect(columnsOf(db, 'activities_grid_cell')).toEqual(['date', 'kind_id', 'volunteer_id']);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'activities_grid_cell'").pluck().get()).toMatch(/UNIQUE INDEX .* WHERE whole_month = 1$/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // One grid row per volunteer, kind and month, as before; the grid save's upsert still finds it.
    const cell = db.prepare('SELECT volunteer_id, kind_id, date, people FROM activities WHERE whole_month = 1 LIMIT 1').get() as { volunteer_id: number; kind_id: number; date: string; people: number };
    const at = '2026-11-25T00:00:00.000Z';
    const insert = `INSERT INTO activities (volunteer_id, kind_id, date, whole_month, people, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)`;
    expect(() => db.prepare(insert).run(cell.volunteer_id, cell.kind_id, cell.date, 1, at, at)).toThrow(/UNIQUE/);
    db.prepare(`${insert} ON CONFLICT (volunteer_id, kind_id, date) WHERE whole_month = 1 DO UPDATE SET people = excluded.people`).run(cell.volunteer_id, cell.kind_id, cell.date, cell.people + 7, at, at);
    expect(db.prepare('SELECT people FROM activities WHERE volunteer_id = ? AND kind_id = ? AND date = ? AND whole_month = 1').pluck().all(cell.volunteer_id, cell.kind_id, cell.date)).toEqual([cell.people + 7]);
    db.close();
  });
});
