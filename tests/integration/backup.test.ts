import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '@shared/api/backup';
import { DATABASE_FILE, createCore } from '../../electron/core';
import { backupDir, backupFiles, sweepTemp } from '../../electron/core/backup/files';
import { newestGoodBackup, restoreAtStartup } from '../../electron/core/backup/recovery';
import { backupsToDelete } from '../../electron/core/backup/rotation';
import { RESOURCES_DIR, tempDir, testCore } from '../helpers/core';

const count = async (core: { call: ReturnType<typeof testCore>['call'] }) => (await core.call('volunteer-summary', {})).total;

describe('backups', () => {
  it('backs up now with a checked copy that carries its date and counts', async () => {
    const core = testCore({ version: '1.2.3', now: () => new Date('2025-03-14T01:30:00Z') });
    await core.call('demo-load', {});
    const total = await count(core);
    const info = await core.call('backup-create', {});
    expect(info).toMatchObject({ kind: 'manual', createdAt: '2025-03-14T01:30:00.000Z', appVersion: '1.2.3', counts: { volunteers: total } });
    expect(total).toBeGreaterThan(0);
    const file = path.join(backupDir(core.dataDir), info.id);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    expect(await core.call('backup-list', {})).toEqual([info]);
    expect(fs.readdirSync(backupDir(core.dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exports a copy as bytes (audited) that inspects and restores, after a safety copy of the current register', async () => {
    const core = testCore();
    await core.call('demo-load', {});
    const total = await count(core);
    const file = await core.call('backup-export', { job: 'b1' });
    expect(file.name).toMatch(/^AsaDesk-สำรองข้อมูล-25\d\d-\d\d-\d\d-\d{4}\.sqlite$/);
    expect(await core.call('backup-inspect', { file })).toMatchObject({ id: '', counts: { volunteers: total } });

    const other = testCore();
    expect(await count(other)).toBe(0);
    const restore = await other.dispatch('backup-restore', { source: { file } });
    expect(restore).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const r = await other.call('backup-restore', { source: { file }, confirm: true });
    expect(r.restored.counts.volunteers).toBe(total);
    expect(r.safetyCopy).toMatchObject({ kind: 'pre-restore', counts: { volunteers: 0 } });
    expect(await count(other)).toBe(total);
    // The restored register keeps working, audit included.
    await other.call('settings-save', { ...(await other.call('settings-get', {})), officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา' });
    const backupAudit = (dataDir: string) => {
      const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
      const actions = db.prepare("SELECT action FROM audit_log WHERE entity = 'backup'").pluck().all();
      const meta = db.prepare("SELECT count(*) FROM settings WHERE key = 'backup:meta'").pluck().get();
      db.close();
      return { actions, meta };
    };
    // The export is recorded where it was taken (after the copy), the restore where it landed.
    expect(backupAudit(core.dataDir)).toEqual({ actions: ['export'], meta: 0 });
    expect(backupAudit(other.dataDir)).toEqual({ actions: ['restore'], meta: 0 });
    // Back to the state before, from the kept list.
    await other.call('backup-restore', { source: { id: r.safetyCopy.id }, confirm: true });
    expect(await count(other)).toBe(0);
  });

  it('refuses garbage, foreign SQLite files and backups from a newer version, changing nothing', async () => {
    const core = testCore();
    await core.call('demo-load', {});
    const total = await count(core);
    const foreign = path.join(tempDir(), 'x.sqlite');
    new Database(foreign).exec('CREATE TABLE t (a)').close();
    const newer = await core.call('backup-export', {});
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'n.sqlite'), newer.bytes);
    new Database(path.join(dir, 'n.sqlite')).exec("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").close();
    const truncated = newer.bytes.subarray(0, Math.floor(newer.bytes.length / 2));
    const cases = [
      { name: 'a.sqlite', bytes: new TextEncoder().encode('not a database at all') },
      { name: 'f.sqlite', bytes: new Uint8Array(fs.readFileSync(foreign)) },
      { name: 'n.sqlite', bytes: new Uint8Array(fs.readFileSync(path.join(dir, 'n.sqlite'))) },
      { name: 't.sqlite', bytes: truncated },
    ];
    for (const file of cases) {
      const r = await core.dispatch('backup-restore', { source: { file }, confirm: true });
      expect(r, file.name).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringMatching(/[ก-๙]/) } });
    }
    expect(await core.dispatch('backup-inspect', { id: '../asa-desk.sqlite' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.dispatch('backup-inspect', { id: 'auto-20250101-000000-abcd.sqlite' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await count(core)).toBe(total);
    expect(backupFiles(core.dataDir)).toEqual([]);
  });

  it('keeps the newest copy per day for 14 days and per month for 12 months, and a few manual ones', () => {
    const auto: string[] = [];
    for (let d = 0; d < 400; d++) {
      const ymd = new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      auto.push(`auto-${ymd}-080000-aaaa.sqlite`, `auto-${ymd}-170000-bbbb.sqlite`);
    }
    const manual = Array.from({ length: 15 }, (_, i) => `manual-20240301-0900${String(i).padStart(2, '0')}-cccc.sqlite`);
    // Newest first, as backupFiles lists them; kinds are rotated independently.
    const names = [...auto.reverse(), ...manual.reverse()];
    const del = new Set(backupsToDelete(names, { keepDaily: 14, keepMonthly: 12 }));
    const kept = names.filter((n) => !del.has(n));
    const keptAuto = kept.filter((n) => n.startsWith('auto-'));
    expect(keptAuto.slice(0, 14).every((n) => n.includes('-170000-'))).toBe(true);
    expect(new Set(keptAuto.map((n) => n.slice(5, 11))).size).toBe(12);
    // The list ends on 3 Feb 2025: the newest copies of February and January are among the 14 days.
    expect(keptAuto).toHaveLength(14 + 12 - 2);
    expect(kept.filter((n) => n.startsWith('manual-'))).toEqual(manual.slice(0, 10));
  });

  it('takes the automatic backup at the first start of a day and at shutdown, keeping the newest per day', async () => {
    const dataDir = tempDir();
    let now = new Date('2025-03-14T01:00:00Z');
    const open = () => createCore({ dataDir, resourcesDir: RESOURCES_DIR, autoBackup: true, now: () => now, log: () => {} });
    const first = open();
    await first.shutdown();
    now = new Date('2025-03-14T09:00:00Z');
    await open().shutdown();
    expect(backupFiles(dataDir)).toEqual([expect.stringMatching(/^auto-20250314-/)]);
    expect(backupFiles(dataDir)[0]).toContain(`-${String(now.getHours()).padStart(2, '0')}0000-`);
    now = new Date('2025-03-16T01:00:00Z');
    await open().shutdown();
    expect(backupFiles(dataDir)).toEqual([expect.stringMatching(/^auto-20250316-/), expect.stringMatching(/^auto-20250314-/)]);
  });
});

describe('temporary files a crash leaves', () => {
  it('are swept once old, with the journal SQLite kept beside them, and nothing else is', () => {
    const dir = tempDir();
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const leftovers = ['.AsaDesk.sqlite.0a1b2c.tmp', '.AsaDesk.sqlite.0a1b2c.tmp-journal', '.AsaDesk.sqlite.0a1b2c.tmp-wal', '.AsaDesk.sqlite.0a1b2c.tmp-shm'];
    const kept = ['AsaDesk-2569-11-24.sqlite', 'notes.tmp', '.AsaDesk.sqlite.fresh.tmp'];
    for (const f of [...leftovers, ...kept]) fs.writeFileSync(path.join(dir, f), 'x');
    for (const f of [...leftovers, ...kept.slice(0, 2)]) fs.utimesSync(path.join(dir, f), old, old);
    sweepTemp(dir);
    expect(fs.readdirSync(dir).sort()).toEqual([...kept].sort());
  });
});

describe('startup recovery', () => {
  it('never overwrites a damaged database and restores the newest good backup on request', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
    await core.dispatch('demo-load', {});
    const good = await core.dispatch('backup-create', {});
    core.close();
    expect(good.ok).toBe(true);
    // A newer backup that rotted on disk is skipped.
    const rotten = path.join(backupDir(dataDir), 'manual-29991231-235959-ffff.sqlite');
    fs.writeFileSync(rotten, 'rotten');
    const dbFile = path.join(dataDir, DATABASE_FILE);
    const broken = Buffer.from(fs.readFileSync(dbFile));
    broken.fill(0x41, 4096, 8192);
    fs.writeFileSync(dbFile, broken);
    expect(() => createCore({ dataDir, resourcesDir: RESOURCES_DIR })).toThrow(/ฐานข้อมูล/);
    expect(fs.readFileSync(dbFile).equals(broken)).toBe(true);

    const newest = newestGoodBackup(dataDir);
    expect(newest?.id).toBe(good.ok && (good.value as BackupInfo).id);
    const kept = restoreAtStartup(dataDir, newest!);
    expect(fs.readFileSync(path.join(kept, DATABASE_FILE)).equals(broken)).toBe(true);
    const again = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
    const summary = await again.dispatch('volunteer-summary', {});
    again.close();
    expect(summary).toMatchObject({ ok: true, value: { total: newest!.counts.volunteers } });
  });

  it('offers nothing when there is no good backup', () => {
    expect(newestGoodBackup(tempDir())).toBeNull();
  });
});
