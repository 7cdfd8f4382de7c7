import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, createCore, openOrRecover, type Core } from '../../electron/core';
import { backupDir, backupFiles, isTempFile } from '../../electron/core/backup/files';
import { DAMAGED_DIR } from '../../electron/core/backup/recovery';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { RESOURCES_DIR, tempDir } from '../helpers/core';
import { sleep, startWorker } from '../helpers/crash';

const options = (dataDir: string, now?: () => Date) => ({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {}, now });

/** A data folder whose register holds `people` volunteers and one manual backup of them. */
async function folderWithBackup(people: number): Promise<string> {
  const dataDir = tempDir();
  createCore(options(dataDir)).close();
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  insertMany(db, generateVolunteers(people, { seed: 3 }), new Date());
  db.close();
  const core = createCore(options(dataDir));
  const r = await core.dispatch('backup-create', {});
  core.close();
  expect(r.ok).toBe(true);
  return dataDir;
}

function opened(outcome: ReturnType<typeof openOrRecover>): Core {
  if (!outcome.ok) throw new Error(outcome.rescue.message);
  return outcome.core;
}

const volunteers = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM volunteers').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('a register that is missing or empty where one has been', () => {
  for (const [what, damage] of [
    ['missing', (f: string) => fs.rmSync(f)],
    ['0 bytes', (f: string) => fs.writeFileSync(f, '')],
  ] as const) {
    it(`(${what}) is never created fresh: the outcome says so in Thai and offers the newest good backup`, async () => {
      const dataDir = await folderWithBackup(40);
      const file = path.join(dataDir, DATABASE_FILE);
      damage(file);
      const before = fs.existsSync(file);
      const outcome = openOrRecover(options(dataDir));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.rescue.message).toMatch(what === 'missing' ? /ไม่พบไฟล์ทะเบียน asa-desk\.sqlite/ : /ว่างเปล่า \(0 ไบต์\)/);
      expect(outcome.rescue.message).toMatch(/ข้อมูลสำรองล่าสุดที่ตรวจแล้วว่าใช้ได้/);
      expect(outcome.rescue.backup?.counts.volunteers).toBe(40);
      // Nothing was created in its place.
      expect(fs.existsSync(file)).toBe(before);
      if (before) expect(fs.statSync(file).size).toBe(0);
      const { core } = outcome.rescue.restore();
      expect(await core.dispatch('volunteer-summary', {})).toMatchObject({ ok: true, value: { total: 40 } });
      core.close();
    });
  }

  it('is refused too when only damaged/ holds an earlier register', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, DAMAGED_DIR, 'x'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, DAMAGED_DIR, 'x', DATABASE_FILE), 'old');
    const outcome = openOrRecover(options(dataDir));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.rescue.message).toMatch(/ไม่พบข้อมูลสำรองที่ใช้ได้/);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);
    if (!outcome.ok) outcome.rescue.close();
  });

  it('a brand-new data folder still opens as a new register', async () => {
    const core = opened(openOrRecover(options(tempDir())));
    expect(await core.dispatch('volunteer-summary', {})).toMatchObject({ ok: true, value: { total: 0 } });
    core.close();
  });
});

describe('rotation never lets a near-empty register push a fuller backup out', () => {
  it('keeps the day’s full automatic backup when the exit backup of the same day is of an empty register', async () => {
    const dataDir = tempDir();
    const now = () => new Date('2026-03-14T09:00:00');
    const morning = createCore({ ...options(dataDir, now), autoBackup: true });
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    insertMany(db, generateVolunteers(300, { seed: 1 }), new Date());
    db.close();
    await morning.shutdown();
    const full = backupFiles(dataDir);
    expect(full).toHaveLength(1);
    expect(volunteers(path.join(backupDir(dataDir), full[0]))).toBe(300);

    // The register is emptied (as a fresh one created by mistake would be); the same day's exit backup.
    const emptied = new Database(path.join(dataDir, DATABASE_FILE));
    emptied.exec('DELETE FROM volunteer_terms; DELETE FROM volunteer_status_changes; DELETE FROM volunteers');
    emptied.close();
    const evening = createCore({ ...options(dataDir, () => new Date('2026-03-14T17:00:00')), autoBackup: true });
    await evening.shutdown();
    const after = backupFiles(dataDir);
    expect(after).toContain(full[0]);
    expect(after.map((n) => volunteers(path.join(backupDir(dataDir), n))).sort()).toEqual([0, 300]);

    // A copy about as full as the spared one lets the rotation take its course again.
    const refilled = new Database(path.join(dataDir, DATABASE_FILE));
    insertMany(refilled, generateVolunteers(300, { seed: 2 }), new Date());
    refilled.close();
    const later = createCore({ ...options(dataDir, () => new Date('2026-03-14T18:00:00')), autoBackup: true });
    await later.shutdown();
    expect(backupFiles(dataDir).map((n) => volunteers(path.join(backupDir(dataDir), n)))).toEqual([300]);
  });
});

describe('temporary copies a killed restore or inspect left in the data folder', () => {
  it('are removed at the next start, with those in backups/, however recent', async () => {
    const dataDir = await folderWithBackup(5);
    const leftovers = [path.join(dataDir, `.${DATABASE_FILE}.0a1b2c3d4e5f.tmp`), path.join(dataDir, `.${DATABASE_FILE}.0a1b2c3d4e5f.tmp-wal`), path.join(backupDir(dataDir), '.export.sqlite.112233445566.tmp')];
    // Stamped a little ahead of the clock, as a file just written can read (mtime is finer than Date.now()).
    const ahead = new Date(Date.now() + 5_000);
    for (const f of leftovers) {
      fs.writeFileSync(f, crypto.randomBytes(4096));
      fs.utimesSync(f, ahead, ahead);
    }
    const core = opened(openOrRecover(options(dataDir)));
    core.close();
    for (const f of leftovers) expect(fs.existsSync(f), f).toBe(false);
    expect(backupFiles(dataDir)).toHaveLength(1);
  });
});

const RUNS = 12;

describe('kill -9 during the restore at start-up', () => {
  it(`always leaves the old register or the restored one whole, and the next start finishes the job (${RUNS} kills)`, { timeout: 300_000 }, async () => {
    const dataDir = await folderWithBackup(5_000);
    const file = path.join(dataDir, DATABASE_FILE);
    // The old register: whole, but from a newer version, so it will not open and a restore is offered.
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')").run();
    db.pragma('journal_mode = DELETE');
    db.close();
    const old = fs.readFileSync(file);
    const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

    // One uncut run sets the range the kills fall in.
    const started = Date.now();
    const first = startWorker(['restore-at-startup', dataDir]);
    await first.waitFor('ready');
    const t0 = Date.now();
    await first.waitFor('done');
    const span = Math.max(20, Date.now() - t0);
    await first.exited;
    expect(Date.now() - started).toBeGreaterThan(0);

    const outcomes = { old: 0, restored: 0 };
    for (let run = 0; run < RUNS; run++) {
      fs.rmSync(path.join(dataDir, DAMAGED_DIR), { recursive: true, force: true });
      fs.writeFileSync(file, old);
      const worker = startWorker(['restore-at-startup', dataDir]);
      await worker.waitFor('ready');
      await sleep(Math.random() * span * 1.2);
      await worker.kill();

      // The next start: finishes a half-done swap, sweeps what the kill left, then opens or refuses.
      const outcome = openOrRecover(options(dataDir));
      expect(fs.existsSync(file), `run ${run}: no register at all`).toBe(true);
      if (outcome.ok) {
        outcome.core.close();
        outcomes.restored++;
        expect(volunteers(file), `run ${run}`).toBe(5_000);
        const check = new Database(file, { readonly: true });
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        check.close();
        // The old register is kept whole in damaged/.
        const [kept] = fs.readdirSync(path.join(dataDir, DAMAGED_DIR));
        expect(sha(fs.readFileSync(path.join(dataDir, DAMAGED_DIR, kept, DATABASE_FILE)))).toBe(sha(old));
      } else {
        outcomes.old++;
        expect(sha(fs.readFileSync(file)), `run ${run}: the old register changed`).toBe(sha(old));
        expect(outcome.rescue.message).toMatch(/รุ่นที่ใหม่กว่า/);
        outcome.rescue.close();
      }
      for (const f of fs.readdirSync(dataDir)) expect(isTempFile(f) || f === 'restore-in-progress.json', `run ${run}: ${f} left behind`).toBe(false);
    }
    console.log(`start-up restore kills: ${JSON.stringify(outcomes)} (uncut restore ${span} ms)`);
  });
});
