import type { Database, Statement } from 'better-sqlite3';
import { AppFailure } from '@shared/errors';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings the database up to the newest version, one transaction per migration, each recorded in
 * `schema_migrations`. A database written by a newer Asa Desk is refused, never touched.
 */
export function migrate(db: Database, list: Migration[], now: () => Date = () => new Date()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const current = schemaVersion(db);
  // The highest listed, not the last: a lower number handed out earlier may be appended after it.
  const latest = Math.max(0, ...list.map((m) => m.version));
  if (current > latest) {
    throw new AppFailure(
      'DATABASE',
      `ฐานข้อมูลนี้สร้างโดย Asa Desk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น ${current} แต่โปรแกรมนี้รู้จักถึงรุ่น ${latest}) กรุณาติดตั้งโปรแกรมรุ่นล่าสุด ข้อมูลเดิมไม่ถูกแก้ไข`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  // Every migration not yet recorded runs, in list order: numbers are handed out to parallel work,
  // so one may arrive after a higher one was applied.
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const pending = list.filter((m) => !applied.has(m.version));
  if (pending.length === 0) return current;
  const restoreJournal = journalForMigrating(db);
  try {
    for (const m of pending) runOne(db, m, record, now);
  } finally {
    restoreJournal();
  }
  return schemaVersion(db);
}

/**
 * A register in WAL mode is migrated in rollback-journal mode, and put back in WAL after. A
 * migration that rebuilds an index writes every new page twice in WAL mode (to the WAL, then into
 * the file by the checkpoint at commit), while a rollback journal need not keep pages that were
 * free or new. Migration 0017 on the worst-case register (4.8 million activity rows, `BENCH_WORST=1
 * npm run bench -- activities`) wrote 881 MB in WAL mode and 644 MB in rollback mode, and its commit
 * went from 2.3 s to 0.3 s. Leaving WAL needs the file to itself: when another connection holds
 * it, the migrations run in WAL as before.
 *
 * Tried and left out: a larger sorter (cache_size 256 MB, or temp_store MEMORY) sorted each
 * index in one run in memory and took about twice the CPU time; `PRAGMA threads` (the build allows
 * 8) added CPU time on a two-core machine; mmap read less through system calls but saved no
 * measurable time.
 */
function journalForMigrating(db: Database): () => void {
  if (String(db.pragma('journal_mode', { simple: true })) !== 'wal') return () => {};
  // A connection that opened a WAL file runs at synchronous NORMAL (the build's WAL default),
  // which in rollback mode may lose the file to a power cut mid-commit: FULL while migrating.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  try {
    db.pragma('journal_mode = DELETE');
  } catch {
    return () => {};
  }
  db.pragma('synchronous = FULL');
  return () => {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
  };
}

function runOne(db: Database, m: Migration, record: Statement, now: () => Date): void {
  // PRAGMA foreign_keys is ignored inside a transaction: it is switched outside it.
  const restoreForeignKeys = m.rebuildsTables && (db.pragma('foreign_keys', { simple: true }) as number) === 1;
  if (restoreForeignKeys) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      m.up(db);
      if (m.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new AppFailure('DATABASE', `ปรับโครงสร้างฐานข้อมูลรุ่น ${m.version} ไม่สำเร็จ (ข้อมูลอ้างอิงไม่ครบ) ข้อมูลเดิมไม่ถูกแก้ไข`);
      }
      record.run(m.version, m.name, now().toISOString());
    })();
  } finally {
    if (restoreForeignKeys) db.pragma('foreign_keys = ON');
  }
}
