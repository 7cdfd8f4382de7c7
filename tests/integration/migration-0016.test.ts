import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir, testCore } from '../helpers/core';

describe('migration 0016 (contact national ID and address) on a version 15 register', () => {
  it('keeps every contact with a blank ID and address, which the migrated register then takes', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v15.sqlite'), file);
    const db = new Database(file);
    const before = db.prepare('SELECT * FROM contacts ORDER BY id').all() as { id: number }[];
    expect(before.length).toBeGreaterThan(0);
    migrate(db, migrations.filter((m) => m.version <= 16));
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(16);
    expect(db.prepare('SELECT * FROM contacts ORDER BY id').all()).toEqual(before.map((c) => ({ ...c, national_id: '', address: '' })));
    db.close();

    const core = testCore({ dataDir });
    const [c] = await core.call('contact-search', { query: '', limit: 1 });
    expect(c).toMatchObject({ nationalId: '', address: '' });
    const saved = await core.call('contact-save', { ...c, nationalId: '1101700230708', address: '12 ถนนราชดำเนิน ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา' });
    expect(saved).toMatchObject({ id: c.id, nationalId: '1101700230708' });
  });
});
