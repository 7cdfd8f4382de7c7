import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { toRow } from '../../electron/core/volunteers/repository';
import { generateVolunteers } from '../../electron/core/volunteers/sample';
import { tempDir, testCore } from '../helpers/core';

/** Phones as rows saved before the canonical form kept them, and what migration 0010 makes of each. */
const CASES: [typed: string, stored: string][] = [
  ['+66 81 234 5678', '0812345678'],
  ['+66-81-234-5679', '0812345679'],
  ['66 81 234 5670', '0812345670'],
  ['081-234-5671', '0812345671'],
  ['๐๘๑ ๒๓๔ ๕๖๗๒', '0812345672'],
  ['(074) 311-047', '074311047'],
  ['0812345673', '0812345673'],
  // Not a phone after normalising: kept exactly as typed.
  ['074-311047 ต่อ 12', '074-311047 ต่อ 12'],
  ['081-234-5674, 089-999-9999', '081-234-5674, 089-999-9999'],
  ['ไม่มี', 'ไม่มี'],
  ['', ''],
];

describe('migration 0010 (volunteer phones in canonical form)', () => {
  it('rewrites phones of a register made before it to 0812345678 form, keeps the rest as typed, and search finds them by any spelling', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    // A register at the newest schema this migration may find: none of the versions from 10 on.
    const db = new Database(file);
    migrate(db, migrations.filter((m) => m.version < 10));
    const people = generateVolunteers(CASES.length, { seed: 14 });
    const insert = (row: Record<string, unknown>) =>
      db.prepare(`INSERT INTO volunteers (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((c) => '@' + c).join(', ')})`).run(row).lastInsertRowid;
    const ids = people.map((v, i) => {
      // Stored as the old form saved it: phone as typed, its digits in the search text.
      const row: Record<string, unknown> = { ...toRow({ ...v, phone: CASES[i][0] }), status: 'active', created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' };
      const id = Number(insert(row));
      db.prepare('INSERT INTO volunteers_fts (rowid, search_text) VALUES (?, ?)').run(id, row.search_text);
      return id;
    });
    db.close();

    const core = testCore({ dataDir });
    const check = new Database(file, { readonly: true });
    const stored = check.prepare('SELECT phone, updated_at FROM volunteers ORDER BY id').all() as { phone: string; updated_at: string }[];
    expect(stored.map((r) => r.phone)).toEqual(CASES.map(([, s]) => s));
    expect(new Set(stored.map((r) => r.updated_at))).toEqual(new Set(['2025-01-01T00:00:00.000Z']));
    expect(check.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBeGreaterThanOrEqual(10);
    check.close();

    // The first person was stored as +66 81 234 5678: found by the number as clerks type it now.
    for (const q of ['081-234-5678', '0812345678', '๐๘๑๒๓๔๕๖๗๘']) {
      const list = await core.call('volunteer-list', { q, page: 1, pageSize: 5 });
      expect(list.rows.map((r) => r.id), q).toEqual([ids[0]]);
    }
    const { volunteer } = await core.call('volunteer-get', { id: ids[4] });
    expect(volunteer.phone).toBe('0812345672');
  });
});

describe('migration numbers handed out to parallel work', () => {
  it('a lower number listed after 10 still runs on a register already at 10, which is not taken for a newer program', () => {
    const db = new Database(path.join(tempDir(), 'v10.sqlite'));
    migrate(db, migrations);
    // A number below 10 that no migration has taken yet (they are handed out to parallel work).
    const free = [1, 2, 3, 4, 5, 6, 7, 8, 9].find((n) => !migrations.some((m) => m.version === n))!;
    const late = { version: free, name: 'landed after 10', up: (d: Database.Database) => d.exec('CREATE TABLE late_table (id INTEGER PRIMARY KEY)') };
    expect(migrate(db, [...migrations, late])).toBeGreaterThanOrEqual(10);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'late_table'").pluck().get()).toBe('late_table');
    db.close();
  });
});
