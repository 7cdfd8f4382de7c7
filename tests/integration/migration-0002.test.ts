import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { tempDir } from '../helpers/core';

describe('migration 0002 (volunteers)', () => {
  it('creates the register tables, the trigram index and keeps it in step through triggers', () => {
    // The schema as version 2 left it: migration 0005 hands the insert trigger's work to the insert path.
    const db = new Database(path.join(tempDir(), 'v2.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 2));
    const now = '2025-01-01T00:00:00.000Z';
    const insert = db.prepare(
      `INSERT INTO volunteers (title, first_name, last_name, national_id, sort_name, search_text, created_at, updated_at)
       VALUES ('นาย', 'สมชาย', 'ใจดีมาก', '1101700203451', 'สมชาย', ?, ?, ?)`,
    );
    const id = insert.run('สมชาย ใจดีมาก', now, now).lastInsertRowid;
    const find = (q: string) => db.prepare('SELECT rowid FROM volunteers_fts WHERE search_text LIKE ?').pluck().all(`%${q}%`);
    expect(find('ดีมา')).toEqual([Number(id)]);
    db.prepare("UPDATE volunteers SET search_text = 'สมชาย รักงาน' WHERE id = ?").run(id);
    expect(find('ดีมา')).toEqual([]);
    expect(find('ักงา')).toEqual([Number(id)]);
    expect(() => insert.run('x', now, now)).toThrow(/UNIQUE/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM volunteers WHERE area_district = 'หาดใหญ่' ORDER BY area_subdistrict, sort_name LIMIT 50")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('volunteers_area');
    db.close();
  });
});
