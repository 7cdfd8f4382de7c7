import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, createCore } from '../../electron/core';
import { backupDir, isBackupName, isTempFile, META_KEY } from '../../electron/core/backup/files';
import { EMBEDDED_TABLE } from '../../electron/core/backup/photos';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { RESOURCES_DIR, tempDir } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { sleep, startWorker, type Worker } from '../helpers/crash';

const RUNS = 20;
// Each backup run starts a whole core in the child; a dozen kills mid-backup make the point.
const BACKUP_RUNS = 12;

/**
 * Where a run's kill lands. Odd runs kill at a random moment after start; even runs first wait for
 * one whole write (the worker says `finished`), then kill at a random moment of the next, so every
 * run of the test checks a finished file however slow the machine is, and kills still land mid-write.
 */
async function killSomewhere(worker: Worker, run: number, finished: string, withinMs: number): Promise<void> {
  await worker.waitFor('ready');
  if (run % 2 === 0) await worker.waitFor(finished, 240_000);
  await sleep(Math.random() * withinMs);
  await worker.kill();
}

describe('kill -9 while writing files', () => {
  it(`never leaves half an exported file at the target path (${RUNS} kills)`, { timeout: 600_000 }, async () => {
    const dir = tempDir();
    const source = path.join(dir, 'export.xlsx');
    // Large enough that the kill usually lands inside a write.
    const bytes = crypto.randomBytes(24 * 1024 * 1024);
    fs.writeFileSync(source, bytes);
    const target = path.join(dir, 'usb', 'ทะเบียนอาสาสมัคร.xlsx');
    fs.mkdirSync(path.dirname(target));
    let complete = 0;
    for (let run = 0; run < RUNS; run++) {
      fs.rmSync(target, { force: true });
      await killSomewhere(startWorker(['save', source, target]), run, 'saved', 400);
      if (fs.existsSync(target)) {
        expect(fs.readFileSync(target).equals(bytes), `run ${run}: a partial file sits at the target`).toBe(true);
        complete++;
      }
      // Whatever was cut short is only ever a hidden temporary file.
      for (const f of fs.readdirSync(path.dirname(target))) if (f !== path.basename(target)) expect(f).toMatch(/^\..*\.tmp$/);
    }
    expect(complete).toBeGreaterThan(0);
  });

  it(`never leaves a half-written backup under a backup's name, and the register stays sound (${BACKUP_RUNS} kills)`, { timeout: 600_000 }, async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
    // A register big enough for a backup to take a noticeable moment.
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    insertMany(db, generateVolunteers(5_000, { seed: 8 }), new Date());
    db.close();
    core.close();
    const checked = new Set<string>();
    for (let run = 0; run < BACKUP_RUNS; run++) {
      await killSomewhere(startWorker(['backup', dataDir]), run, 'backed-up', 1500);
      for (const f of fs.readdirSync(backupDir(dataDir))) {
        if (!isBackupName(f)) {
          expect(isTempFile(f), f).toBe(true);
          continue;
        }
        // A finished backup never changes, so each is checked once.
        if (checked.has(f)) continue;
        checked.add(f);
        const copy = new Database(path.join(backupDir(dataDir), f), { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true }), `run ${run}: ${f}`).toBe('ok');
        expect(copy.prepare('SELECT count(*) FROM settings WHERE key = ?').pluck().get(META_KEY)).toBe(1);
        copy.close();
      }
      const live = new Database(path.join(dataDir, DATABASE_FILE));
      expect(live.pragma('integrity_check', { simple: true })).toBe('ok');
      live.close();
    }
    expect(checked.size).toBeGreaterThan(0);
  });

  it(`never leaves half a copy with photos on the USB stick (${BACKUP_RUNS} kills)`, { timeout: 600_000 }, async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
    const created = await core.dispatch('seminar-create', songkhlaSeminar);
    if (!created.ok) throw new Error(created.error.message);
    const seminarId = (created.value as { id: number }).id;
    // Photos large enough that the kill lands inside the copy or the save.
    const PHOTOS = 6;
    for (let i = 0; i < PHOTOS; i++) {
      const bytes = crypto.randomBytes(2 * 1024 * 1024);
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      const r = await core.dispatch('seminar-photo-add', { seminarId, name: `ภาพ${i}.jpg`, bytes: new Uint8Array(bytes), caption: '' });
      if (!r.ok) throw new Error(r.error.message);
    }
    core.close();
    const usb = tempDir('asa-desk-usb-');
    const target = path.join(usb, 'AsaDesk-สำรองข้อมูล.sqlite');
    let whole = 0;
    for (let run = 0; run < BACKUP_RUNS; run++) {
      fs.rmSync(target, { force: true });
      await killSomewhere(startWorker(['export', dataDir, target]), run, 'exported', 1500);
      if (fs.existsSync(target)) {
        const copy = new Database(target, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
        expect(copy.prepare(`SELECT count(*) FROM ${EMBEDDED_TABLE}`).pluck().get(), `run ${run}`).toBe(PHOTOS);
        copy.close();
        whole++;
      }
      for (const f of fs.readdirSync(usb)) if (f !== path.basename(target)) expect(f).toMatch(/^\..*\.tmp$/);
      for (const f of fs.readdirSync(backupDir(dataDir))) expect(isTempFile(f), f).toBe(true);
    }
    expect(whole).toBeGreaterThan(0);
  });
});
