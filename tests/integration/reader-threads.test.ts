import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@shared/api';
import { DATABASE_FILE, connectCore, type RemoteCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/open';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { RESOURCES_DIR } from '../helpers/core';
import { bundleForNode } from '../helpers/node-bundle';

/**
 * Long read-only calls run on reader threads (electron/core/offload.ts): the core, bundled as the
 * app bundles it (one CommonJS file that starts itself again for each reader), in a worker thread
 * as browser mode runs it, on a real register file.
 */
// Inside the project, so the bundle finds its packages in node_modules; `.bench` is not in a fresh clone.
const BENCH_DIR = path.resolve('.bench');
fs.mkdirSync(BENCH_DIR, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(BENCH_DIR, 'reader-data-'));
const bundle = path.join(dataDir, '..', `reader-core-${process.pid}.cjs`);
let worker: Worker;
let core: RemoteCore;

beforeAll(async () => {
  await bundleForNode(path.resolve('electron/core/worker.ts'), bundle);
  const db = openDatabase(path.join(dataDir, DATABASE_FILE));
  db.transaction(() => insertMany(db, generateVolunteers(3000, { seed: 5 }), new Date()))();
  db.close();
  worker = new Worker(bundle);
  const connection = connectCore({ post: (m) => worker.postMessage(m), listen: (l) => worker.on('message', l) });
  const opened = await connection.open({ dataDir, resourcesDir: RESOURCES_DIR, version: 'test' });
  if (!opened.ok) throw new Error(opened.message);
  core = opened.core;
}, 120_000);

afterAll(async () => {
  await core?.shutdown();
  await worker?.terminate();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(bundle, { force: true });
});

describe('long read-only work on reader threads', () => {
  it('answers a trivial call while a 3,000-row register PDF renders, then gives the PDF and writes its audit entry', async () => {
    let pdfDone = false;
    const pdf = core.dispatch('report-volunteer-list', { query: {}, font: 'sarabun', thaiDigits: false }).finally(() => (pdfDone = true));
    const info = await core.dispatch('app-info', {});
    expect(info.ok).toBe(true);
    expect(pdfDone).toBe(false);
    const r = await pdf;
    if (!r.ok) throw new Error(r.error.message);
    const file = r.value as { name: string; bytes: Uint8Array };
    expect(file.name).toMatch(/^ทะเบียนอาสาสมัครแรงงาน-.*\.pdf$/);
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    const printed = db.prepare("SELECT details FROM audit_log WHERE entity = 'volunteer' AND action = 'print'").pluck().all() as string[];
    db.close();
    expect(printed).toHaveLength(1);
    expect(JSON.parse(printed[0])).toMatchObject({ count: 3000 });
  }, 300_000);

  it('sends the export’s progress while it runs, and stops it when its job is cancelled', async () => {
    const events: ProgressEvent[] = [];
    let answered = false;
    const off = core.onEvent((name, payload) => {
      if (name === 'job-progress' && !answered) events.push(payload as ProgressEvent);
    });
    const whole = await core.dispatch('volunteer-export-xlsx', { query: {}, job: 'export-1' });
    answered = true;
    expect(whole.ok).toBe(true);
    expect(events.filter((e) => e.job === 'export-1').length).toBeGreaterThan(1);

    answered = false;
    const cancelled = core.dispatch('volunteer-export-xlsx', { query: {}, job: 'export-2' });
    // Cancel once the reader has reported that it is under way.
    await new Promise<void>((resolve) => {
      const stop = core.onEvent((name, payload) => {
        if (name === 'job-progress' && (payload as ProgressEvent).job === 'export-2') {
          stop();
          resolve();
        }
      });
    });
    expect(await core.dispatch('job-cancel', { job: 'export-2' })).toEqual({ ok: true, value: { cancelled: true } });
    const r = await cancelled;
    off();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CANCELLED');
  }, 300_000);
});
