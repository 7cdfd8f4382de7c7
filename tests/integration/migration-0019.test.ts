import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from '../helpers/core';

const V17 = path.resolve('tests/fixtures/db/schema-v17.sqlite');

const dump = (db: Database.Database) => db.prepare('SELECT * FROM activities ORDER BY id').all();

describe('migration 0019 (activity outcomes index) on a version 17 register', () => {
  it('keeps every activity row and indexes just the rows that carry an outcome', () => {
    const file = path.join(tempDir(), 'v17.sqlite');
    fs.copyFileSync(V17, file);
    const db = new Database(file);
    const before = dump(db);
    expect(before.length).toBeGreaterThan(0);

    migrate(db, migrations);

    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 19').pluck().get()).toBe(19);
    expect(dump(db)).toEqual(before);
    expect(db.prepare("SELECT name FROM pragma_index_info('activities_outcome') ORDER BY seqno").pluck().all()).toEqual(['date', 'kind_id', 'volunteer_id', 'agency', 'outcome']);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'activities_outcome'").pluck().get()).toMatch(/WHERE outcome IS NOT NULL$/);
    const withOutcome = db.prepare('SELECT count(*) FROM activities WHERE outcome IS NOT NULL').pluck().get();
    expect(withOutcome).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM activities INDEXED BY activities_outcome WHERE outcome IS NOT NULL').pluck().get()).toBe(withOutcome);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
