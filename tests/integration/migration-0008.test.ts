import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import type { Migration } from '../../electron/core/db/migrations/types';
import { tempDir } from '../helpers/core';

const V7 = path.resolve('tests/fixtures/db/schema-v7.sqlite');
const CHILDREN = ['seminar_days', 'seminar_sessions', 'seminar_groups', 'seminar_participants', 'seminar_attendance', 'seminar_speakers', 'seminar_budget_lines', 'seminar_photos', 'seminar_evaluations'];

function openV7(): Database.Database {
  const file = path.join(tempDir(), 'v7.sqlite');
  fs.copyFileSync(V7, file);
  return new Database(file);
}

const dump = (db: Database.Database, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

describe('migration 0008 (activities; seminars take the office-activity kind)', () => {
  it('rebuilds seminars without losing or cutting off a row, and leaves foreign keys on', () => {
    const db = openV7();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const before = Object.fromEntries(['seminars', ...CHILDREN].map((t) => [t, dump(db, t)]));
    expect(before.seminars.length).toBeGreaterThan(0);
    expect(before.seminar_participants.length).toBeGreaterThan(0);

    // Up to 0008 only: later migrations add columns of their own (0011 gives speakers an ID and address).
    migrate(db, migrations.filter((m) => m.version <= 8));

    for (const [table, rows] of Object.entries(before)) expect(dump(db, table), table).toEqual(rows);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'seminars' AND type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all()).toEqual(['seminars_fy']);
    // Children still cascade from the rebuilt table.
    const id = (before.seminars[0] as { id: number }).id;
    db.prepare('DELETE FROM seminar_evaluations WHERE seminar_id = ?').run(id);
    db.prepare('DELETE FROM seminar_participants WHERE seminar_id = ?').run(id);
    db.prepare('DELETE FROM seminars WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM seminar_days WHERE seminar_id = ?').pluck().get(id)).toBe(0);
    db.close();
  });

  it('takes the new kind and still refuses unknown ones; seeds the five activity kinds', () => {
    const db = openV7();
    migrate(db, migrations);
    const row = db.prepare('SELECT * FROM seminars LIMIT 1').get() as Record<string, unknown>;
    const insert = (kind: string) =>
      db.prepare(`INSERT INTO seminars (${Object.keys(row).filter((c) => c !== 'id').join(', ')}) VALUES (${Object.keys(row).filter((c) => c !== 'id').map((c) => '@' + c).join(', ')})`).run({ ...row, id: undefined, kind });
    expect(() => insert('activity')).not.toThrow();
    expect(() => insert('party')).toThrow(/CHECK/);
    expect(db.prepare('SELECT name, is_referral FROM activity_kinds ORDER BY sort').raw().all()).toEqual([
      ['ประชาสัมพันธ์ข้อมูลข่าวสาร', 0],
      ['ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', 1],
      ['จัดเก็บข้อมูลแรงงาน', 0],
      ['ร่วมกิจกรรม/จิตอาสา', 0],
      ['อื่น ๆ', 0],
    ]);
    // One grid row per volunteer, kind and month; a detailed row may repeat.
    const v = db.prepare('SELECT id FROM volunteers LIMIT 1').pluck().get() as number;
    const add = db.prepare("INSERT INTO activities (volunteer_id, kind_id, date, whole_month, people, created_at, updated_at) VALUES (?, 1, '2026-10-01', ?, 3, 'x', 'x')");
    add.run(v, 1);
    expect(() => add.run(v, 1)).toThrow(/UNIQUE/);
    add.run(v, 0);
    add.run(v, 0);
    expect(() => db.prepare("INSERT INTO activities (volunteer_id, kind_id, date, people, created_at, updated_at) VALUES (?, 1, '2026-10-02', -1, 'x', 'x')").run(v)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO activities (volunteer_id, kind_id, date, people, created_at, updated_at) VALUES (999999, 1, '2026-10-02', 1, 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('a rebuild that would leave a dangling reference is rolled back, foreign keys back on', () => {
    const db = openV7();
    const broken: Migration = { version: 99, name: 'drops parents', rebuildsTables: true, up: (d) => d.exec('DELETE FROM seminars') };
    const count = db.prepare('SELECT count(*) FROM seminars').pluck();
    const before = count.get();
    expect(() => migrate(db, [...migrations.filter((m) => m.version <= 7), broken])).toThrow(/ปรับโครงสร้างฐานข้อมูลรุ่น 99 ไม่สำเร็จ/);
    expect(count.get()).toBe(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
