import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MethodName } from '@shared/api';
import { DATABASE_FILE, createCore } from '../../electron/core';
import { backupDir } from '../../electron/core/backup/files';
import { createContext, type HandlerMap } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { createDispatch } from '../../electron/core/dispatch';
import { EventHub, JobRegistry } from '../../electron/core/events';
import { spreadsheetsHandlers } from '../../electron/core/spreadsheets/handlers';
import { systemFailure } from '../../electron/core/system-errors';
import { RESOURCES_DIR, tempDir } from '../helpers/core';
import { startWorker } from '../helpers/crash';
import { validId } from '../helpers/spreadsheet-fixtures';

const DISK_FULL = /^พื้นที่ว่างในดิสก์ไม่พอ .*กรุณาลบหรือย้ายไฟล์ที่ไม่ใช้/;
const NO_ACCESS = /ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ข้อมูล .*แล้วลองอีกครั้ง$/;

function csvOf(rows: number): Uint8Array {
  const lines = ['คำนำหน้าชื่อ,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,อำเภอที่รับผิดชอบ'];
  for (let i = 0; i < rows; i++) lines.push(`นาย,ทดสอบ${i},ดิสก์เต็มกลางคัน,${validId(i + 1)},เมืองสงขลา`);
  return new TextEncoder().encode(lines.join('\r\n'));
}
const importInput = (rows: number) => ({ file: { name: 'รายชื่อ.csv', bytes: csvOf(rows) }, duplicates: 'skip' as const, job: 'import' });

const walSize = (dataDir: string) => fs.statSync(path.join(dataDir, `${DATABASE_FILE}-wal`)).size;

/** A real small filesystem, where the machine lets the test mount one (root on Linux). */
function mountTmpfs(dir: string, size: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

describe('a full disk, for real (a 4 MB tmpfs)', () => {
  const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-full-'));
  const mounted = mountTmpfs(mountPoint, '4m');
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(!mounted)('answers an import and a backup in Thai that say what to do, and gives the WAL space back', { timeout: 120_000 }, async () => {
    const dataDir = path.join(mountPoint, 'data');
    const core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
    try {
      // Leave about 1.5 MB: the register opens, a 10,000-row import does not fit.
      const free = () => fs.statfsSync(mountPoint).bavail * fs.statfsSync(mountPoint).bsize;
      const filler = path.join(mountPoint, 'filler.bin');
      fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free() - 1_500_000)));
      const failed = await core.dispatch('volunteer-import-commit', importInput(10_000));
      expect(failed.ok).toBe(false);
      expect(!failed.ok && failed.error.message).toMatch(DISK_FULL);
      // The rolled-back frames do not hold the space until the app closes.
      expect(walSize(dataDir)).toBe(0);
      expect(await core.dispatch('volunteer-summary', {})).toMatchObject({ ok: true, value: { total: 0 } });

      // Fill it to the brim: a backup says the same, in Thai, not SQLite's English.
      fs.appendFileSync(filler, Buffer.alloc(Math.max(0, free() - 4096)));
      const backup = await core.dispatch('backup-create', {});
      expect(!backup.ok && backup.error.message).toMatch(/^สำรองข้อมูลไม่สำเร็จ: พื้นที่ว่างในดิสก์ไม่พอ/);
      expect(fs.readdirSync(backupDir(dataDir))).toEqual([]);

      // Space made: everything works again without a restart.
      fs.rmSync(filler);
      expect((await core.dispatch('backup-create', {})).ok).toBe(true);
      expect(await core.dispatch('volunteer-import-commit', importInput(500))).toMatchObject({ ok: true });
    } finally {
      core.close();
    }
  });
});

describe('a full database file (max_page_count), where no small filesystem can be mounted', () => {
  it('answers in Thai and truncates the WAL', async () => {
    const dataDir = tempDir();
    createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} }).close();
    const db = openDatabase(path.join(dataDir, DATABASE_FILE));
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 20}`);
    const events = new EventHub();
    const ctx = createContext({ db, dataDir, resourcesDir: RESOURCES_DIR, version: '0', now: () => new Date(), events, jobs: new JobRegistry(events) });
    const dispatch = createDispatch(spreadsheetsHandlers as HandlerMap<MethodName>, ctx, () => {});
    const r = await dispatch('volunteer-import-commit', importInput(2_000));
    expect(!r.ok && r.error.message).toMatch(DISK_FULL);
    expect(walSize(dataDir)).toBe(0);
    db.close();
  });
});

describe('no permission to write', () => {
  it('answers a backup into a folder the app may not write in Thai that says what to do', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} }).close();
    fs.mkdirSync(backupDir(dataDir));
    let result: { ok: boolean; error?: { message: string } };
    if (process.getuid?.() === 0) {
      // root writes anywhere: the app runs as an ordinary user, who owns the register but not backups/.
      fs.chmodSync(dataDir, 0o777);
      for (const f of fs.readdirSync(dataDir)) if (f !== 'backups') fs.chownSync(path.join(dataDir, f), 65534, 65534);
      fs.chmodSync(backupDir(dataDir), 0o555);
      const worker = startWorker(['once', dataDir, 'backup-create'], undefined, { uid: 65534, gid: 65534 });
      await worker.waitFor('result');
      result = JSON.parse(worker.lines.find((l) => l.startsWith('result '))!.slice(7));
    } else {
      fs.chmodSync(backupDir(dataDir), 0o555);
      const core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
      result = await core.dispatch('backup-create', {});
      core.close();
    }
    fs.chmodSync(backupDir(dataDir), 0o755);
    expect(result.ok).toBe(false);
    expect(result.error?.message).toMatch(/^สำรองข้อมูลไม่สำเร็จ: โปรแกรมไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ข้อมูล/);
    expect(result.error?.message).toMatch(NO_ACCESS);
  });

  it('maps the errors Windows gives for a file held open (EBUSY) or a locked folder (EPERM)', () => {
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    expect(systemFailure(busy)?.message).toMatch(/กำลังถูกใช้งานโดยโปรแกรมอื่น .*กรุณารอสักครู่แล้วลองอีกครั้ง$/);
    expect(systemFailure(Object.assign(new Error('x'), { code: 'EPERM' }))?.message).toMatch(NO_ACCESS);
    expect(systemFailure(new Error('not a system error'))).toBeNull();
  });
});
