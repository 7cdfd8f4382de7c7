import type { Database } from 'better-sqlite3';
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
  for (const m of list) {
    if (applied.has(m.version)) continue;
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
  return schemaVersion(db);
}
