import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/core/db/migrations';
import { tempDir } from '../helpers/core';

const V14 = path.resolve('tests/fixtures/db/schema-v14.sqlite');

/** A copy of the version 14 register in WAL mode, as a clerk's register is. */
function walRegister(): string {
  const file = path.join(tempDir(), 'v14.sqlite');
  fs.copyFileSync(V14, file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.close();
  return file;
}

describe('migrate() and the journal', () => {
  it('migrates a WAL register out of WAL and leaves it in WAL with every row', () => {
    const file = walRegister();
    const db = new Database(file);
    const before = db.prepare('SELECT * FROM activities ORDER BY id').all();
    expect(migrate(db, migrations)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT * FROM activities ORDER BY id').all()).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('commits each migration with synchronous FULL, and gives the connection its NORMAL back', () => {
    const file = walRegister();
    const db = new Database(file);
    const before = db.pragma('synchronous', { simple: true });
    let during: unknown;
    const probe = { version: LATEST_SCHEMA_VERSION + 1, name: 'probe', up: (d: Database.Database) => void (during = d.pragma('synchronous', { simple: true })) };
    migrate(db, [...migrations, probe]);
    expect(before).toBe(1);
    expect(during).toBe(2);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('still migrates, in WAL, when another connection holds the file', () => {
    const file = walRegister();
    const other = new Database(file);
    other.prepare('SELECT count(*) FROM volunteers').get();
    const db = new Database(file);
    expect(migrate(db, migrations)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(other.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(LATEST_SCHEMA_VERSION);
    other.close();
    db.close();
  });

  it('leaves an up-to-date register alone', () => {
    const file = walRegister();
    const db = new Database(file);
    migrate(db, migrations);
    const wal = `${file}-wal`;
    db.pragma('wal_checkpoint(TRUNCATE)');
    migrate(db, migrations);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.statSync(wal).size).toBe(0);
    db.close();
  });
});
