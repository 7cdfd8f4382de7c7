import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, openOrRecover } from '../../electron/core';
import { LOCK_FILE, STALE_MS } from '../../electron/core/lock';
import { RESOURCES_DIR, tempDir } from '../helpers/core';
import { startWorker } from '../helpers/crash';

const options = (dataDir: string) => ({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
const ELSEWHERE = /ทะเบียนในโฟลเดอร์ข้อมูลนี้เปิดอยู่ในโปรแกรม Asa Desk อีกหน้าต่างหนึ่งแล้ว/;

describe('one process per data folder', () => {
  it('refuses a second process in Thai, and takes over at once when the first was killed', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const first = startWorker(['hold', dataDir]);
    await first.waitFor('ready');
    const second = openOrRecover(options(dataDir));
    expect(second.ok).toBe(false);
    expect(!second.ok && second.rescue.message).toMatch(ELSEWHERE);
    expect(!second.ok && second.rescue.backup).toBeNull();
    // So is a third, in another process.
    const third = startWorker(['hold', dataDir]);
    await third.waitFor('refused');
    expect(third.lines.join('\n')).toMatch(ELSEWHERE);
    await third.kill();

    await first.kill();
    const after = openOrRecover(options(dataDir));
    expect(after.ok).toBe(true);
    if (after.ok) after.core.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('treats a lock from another PC as held while its heartbeat is fresh, and as stale after', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: 1, host: 'OFFICE-PC-2', nonce: 'x', startedAt: new Date().toISOString() }));
    const held = openOrRecover(options(dataDir));
    expect(!held.ok && held.rescue.message).toMatch(/ที่เครื่อง OFFICE-PC-2/);
    const old = new Date(Date.now() - STALE_MS - 1000);
    fs.utimesSync(file, old, old);
    const taken = openOrRecover(options(dataDir));
    expect(taken.ok).toBe(true);
    if (taken.ok) taken.core.close();
  });

  it('is released when the core closes, so the same process can open it again', () => {
    const dataDir = tempDir();
    for (let i = 0; i < 2; i++) {
      const outcome = openOrRecover(options(dataDir));
      expect(outcome.ok).toBe(true);
      if (outcome.ok) outcome.core.close();
    }
  });
});

describe('writes from two connections at once', () => {
  it('wait for each other instead of failing (read-then-write transactions, 2 × 100)', { timeout: 180_000 }, async () => {
    const dataDir = tempDir();
    createCore(options(dataDir)).close();
    const workers = [startWorker(['settings', dataDir, '100']), startWorker(['settings', dataDir, '100'])];
    for (const w of workers) await w.waitFor('ready');
    fs.writeFileSync(path.join(dataDir, 'go'), '');
    for (const w of workers) await w.waitFor('done', 150_000);
    expect(workers.map((w) => w.lines.find((l) => l.startsWith('done')))).toEqual(['done 0', 'done 0']);
  });
});
