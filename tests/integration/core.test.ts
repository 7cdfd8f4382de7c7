import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, createCore } from '../../electron/core';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { RESOURCES_DIR, tempDir, testCore } from '../helpers/core';

const office = {
  officeName: 'สำนักงานแรงงานจังหวัดสงขลา',
  province: 'สงขลา',
  address: 'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา 90000',
  phone: '074-311-047',
  headName: 'นายสมชาย ใจดี',
  headPosition: 'แรงงานจังหวัดสงขลา',
  signatories: [{ name: 'นางสาวสุดา รักงาน', position: 'นักวิชาการแรงงานชำนาญการ' }],
  operatorName: 'สุดา',
  emblem: null,
};

describe('core', () => {
  it('opens a real SQLite file with WAL, foreign keys and recorded migrations', () => {
    const core = testCore();
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions.at(-1)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('saves office settings, keeps them across a restart and audits the change', async () => {
    const dataDir = tempDir();
    const first = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
    const saved = await first.dispatch('settings-save', office);
    expect(saved).toEqual({ ok: true, value: office });
    first.close();

    const second = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
    expect(await second.dispatch('settings-get', {})).toEqual({ ok: true, value: office });
    second.close();

    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    const audit = db.prepare("SELECT operator, action, details FROM audit_log WHERE entity = 'settings'").all() as { operator: string; action: string; details: string }[];
    db.close();
    expect(audit).toHaveLength(1);
    expect(audit[0].operator).toBe('สุดา');
    expect(JSON.parse(audit[0].details).officeName).toEqual(['', 'สำนักงานแรงงานจังหวัดสงขลา']);
  });

  it('answers bad input with Thai field errors and changes nothing', async () => {
    const core = testCore();
    const r = await core.dispatch('settings-save', { ...office, officeName: '  ', phone: '12' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields).toMatchObject({ officeName: 'กรุณากรอกชื่อหน่วยงาน', phone: expect.stringContaining('โทรศัพท์') });
    expect(await core.call('settings-get', {})).toMatchObject({ officeName: '' });
  });

  it('never throws on unknown methods or junk input', async () => {
    const core = testCore();
    expect((await core.dispatch('drop-everything', {})).ok).toBe(false);
    expect((await core.dispatch('settings-save', null)).ok).toBe(false);
    expect((await core.dispatch('settings-save', 'x'.repeat(10_000))).ok).toBe(false);
    expect((await core.dispatch('__proto__', {})).ok).toBe(false);
  });

  it('refuses a database from a newer version without touching it', () => {
    const dataDir = tempDir();
    createCore({ dataDir, resourcesDir: RESOURCES_DIR }).close();
    const file = path.join(dataDir, DATABASE_FILE);
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").run();
    db.close();
    const before = fs.readFileSync(file);
    expect(() => createCore({ dataDir, resourcesDir: RESOURCES_DIR })).toThrow(/รุ่นที่ใหม่กว่า/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), 'this is not sqlite '.repeat(100));
    expect(() => createCore({ dataDir, resourcesDir: RESOURCES_DIR })).toThrow(/ฐานข้อมูล/);
  });
});
