import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { tempDir, testCore } from '../helpers/core';

describe('migration 0013 (volunteer awards) on a version 12 register', () => {
  it('adds the empty awards table, keeps every volunteer, and the migrated register takes an award and prints it in the record of service', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v12.sqlite'), file);
    const old = new Database(file, { readonly: true });
    const volunteers = old.prepare('SELECT * FROM volunteers ORDER BY id').all();
    expect(old.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'volunteer_awards'").pluck().get()).toBe(0);
    old.close();

    const core = testCore({ dataDir, now: () => new Date('2026-11-24T03:00:00Z') });
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT * FROM volunteers ORDER BY id').all()).toEqual(volunteers);
    expect(db.prepare('SELECT count(*) FROM volunteer_awards').pluck().get()).toBe(0);
    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 13').pluck().get()).toBe(13);
    db.close();

    const id = (volunteers[0] as { id: number }).id;
    await core.call('award-create', { volunteerId: id, fiscalYear: 2569, kind: 'pin', kindText: '', givenBy: 'กระทรวงแรงงาน', givenOn: '2026-10-01', notes: '' });
    expect((await core.call('award-list', { volunteerId: id })).map((a) => a.kind)).toEqual(['pin']);
    expect((await core.call('volunteer-service-record', { volunteerId: id })).bytes.length).toBeGreaterThan(1000);
  });
});
