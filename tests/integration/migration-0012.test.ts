import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { tempDir, testCore } from '../helpers/core';

describe('migration 0012 (pairs dismissed as different people)', () => {
  it('adds the empty table to a register made by schema 10, whose people then can be checked for duplicates and dismissed', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v10.sqlite'), path.join(dataDir, DATABASE_FILE));
    const core = testCore({ dataDir });
    const pairs = await core.call('volunteer-duplicates', {});
    const ids = (await core.call('volunteer-list', { q: '', pageSize: 2 })).rows.map((r) => r.id);
    await core.call('volunteer-duplicate-dismiss', { a: ids[1], b: ids[0] });
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT a, b FROM volunteer_not_duplicates').all()).toEqual([{ a: Math.min(...ids), b: Math.max(...ids) }]);
    db.close();
    expect((await core.call('volunteer-duplicates', {})).length).toBeLessThanOrEqual(pairs.length);
  });
});
