import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/core/db/migrations';
import { tempDir, testCore } from '../helpers/core';

const FIXTURES = path.resolve('tests/fixtures/db');
const fixtures = fs.readdirSync(FIXTURES).filter((f) => /^schema-v\d+\.sqlite$/.test(f));

function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%fts%'")
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
  db.close();
  return counts;
}

/** Tables a migration rebuilt under a new name, rows and all. */
const RENAMED: Record<string, string> = { seminar_certificates: 'certificates' };

describe('databases made by each released schema version', () => {
  it('has a fixture for the current schema version', () => {
    expect(fixtures).toContain(`schema-v${LATEST_SCHEMA_VERSION}.sqlite`);
  });

  it.each(fixtures)('%s opens, migrates to the newest version and loses no row', async (fixture) => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.copyFileSync(path.join(FIXTURES, fixture), file);
    const before = rowCounts(file);
    expect(before.volunteers).toBeGreaterThan(0);

    const core = testCore({ dataDir });
    const after = rowCounts(file);
    for (const [table, count] of Object.entries(before)) {
      if (table === 'schema_migrations') continue;
      expect(after[RENAMED[table] ?? table], table).toBe(count);
    }
    expect(after.schema_migrations).toBe(migrations.length);
    // The migrated register still answers through the contract.
    const list = await core.call('volunteer-list', { q: '', page: 1, pageSize: 5 });
    expect(list.total).toBe(before.volunteers);
    const seminars = await core.call('seminar-list', {});
    expect(seminars).toHaveLength(before.seminars);
  });
});
