import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { sleep, startWorker } from '../helpers/crash';
import { tempDir } from '../helpers/core';
import { validId } from '../helpers/spreadsheet-fixtures';

const ROWS = 10_000;
const RUNS = 20;
const COMMIT_STAGE = 'stage กำลังบันทึกลงทะเบียน';

function csvOf(rows: number): string {
  const lines = ['คำนำหน้าชื่อ,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,อำเภอที่รับผิดชอบ'];
  for (let i = 0; i < rows; i++) lines.push(`นาย,ทดสอบ${i},ล้มกลางคัน,${validId(i + 1)},เมืองสงขลา`);
  return lines.join('\r\n');
}

function inspect(dataDir: string): { check: string; volunteers: number } {
  // Opening read-write lets SQLite roll back what the killed process left in the WAL.
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  try {
    return { check: String(db.pragma('integrity_check', { simple: true })), volunteers: db.prepare('SELECT count(*) FROM volunteers').pluck().get() as number };
  } finally {
    db.close();
  }
}

describe('kill -9 during a 10,000-row import', () => {
  // A bound for a hung child, not a wait: the twenty imports took over 300 s when both cores were
  // busy with other work.
  it(`leaves a sound database with none or all of the rows, ${RUNS} times at random moments`, { timeout: 900_000 }, async () => {
    const root = tempDir();
    const csv = path.join(root, 'import.csv');
    fs.writeFileSync(csv, csvOf(ROWS));
    const outcomes: { killedIn: string; volunteers: number }[] = [];
    const one = async (run: number) => {
      const dataDir = path.join(root, `run-${run}`);
      const worker = startWorker(['import', dataDir, csv]);
      await worker.waitFor('ready');
      // Even runs die inside the write transaction (about half a second for 10,000 rows, so
      // within 300 ms of its start); odd ones anywhere from reading to committing.
      if (run % 2 === 0) await worker.waitFor(COMMIT_STAGE);
      await sleep(Math.random() * (run % 2 === 0 ? 300 : 2500));
      await worker.kill();
      const stage = worker.lines.filter((l) => l.startsWith('stage ') || l.startsWith('done')).at(-1) ?? 'ready';
      const after = inspect(dataDir);
      expect(after.check, `run ${run}`).toBe('ok');
      expect([0, ROWS], `run ${run} killed at "${stage}" holds ${after.volunteers} rows`).toContain(after.volunteers);
      outcomes.push({ killedIn: stage, volunteers: after.volunteers });
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
    // Two at a time: each run mostly waits on its child's start-up.
    for (let run = 0; run < RUNS; run += 2) await Promise.all([one(run), one(run + 1)]);
    // The test proves something only if kills really landed inside the write.
    expect(outcomes.filter((o) => o.killedIn === COMMIT_STAGE && o.volunteers === 0).length).toBeGreaterThanOrEqual(5);
  });
});
