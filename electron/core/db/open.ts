import Database from 'better-sqlite3';
import { AppFailure } from '@shared/errors';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

/** The register's file name inside the data folder. */
export const DATABASE_FILE = 'asa-desk.sqlite';

/**
 * Makes every `db.transaction(fn)` begin IMMEDIATE, taking the write lock at BEGIN. A deferred
 * transaction that reads and then writes cannot wait for another connection's write: SQLite
 * answers SQLITE_BUSY at once, without the busy timeout (waiting could deadlock, and its snapshot
 * would be stale anyway). BEGIN IMMEDIATE waits in the busy handler instead. A transaction that
 * only reads, for one consistent snapshot, asks for `.deferred()`.
 */
function immediateTransactions(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: Parameters<Db['transaction']>[0]) => transaction(fn).immediate) as Db['transaction'];
}

/**
 * Opens (or creates) the register database: WAL, foreign keys, a busy timeout, a quick check
 * before anything is written, then migrations. Failures become Thai AppFailures and leave the
 * file as it was.
 */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new AppFailure('DATABASE', `เปิดฐานข้อมูลไม่ได้ (${(e as Error).message}) ไฟล์เดิมไม่ถูกแก้ไข`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new AppFailure('DATABASE', `ฐานข้อมูลเสียหาย (ผลตรวจ: ${String(check)}) โปรแกรมจะไม่เขียนทับไฟล์นี้ กรุณากู้คืนจากข้อมูลสำรอง`);
    }
    // Migrations first: a database from a newer version is refused before anything is written.
    migrate(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Deleted and overwritten data is zeroed on disk, not left in free pages (PDPA erase).
    db.pragma('secure_delete = ON');
    immediateTransactions(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppFailure) throw e;
    throw new AppFailure('DATABASE', `เปิดฐานข้อมูลไม่ได้: ไฟล์ไม่ใช่ฐานข้อมูลของ Asa Desk หรือเสียหาย (${(e as Error).message}) ไฟล์เดิมไม่ถูกแก้ไข`);
  }
}

/**
 * A second, read-only connection to a register that a core already holds open (and has migrated):
 * for long read-only work on a thread of its own (reader.ts). It cannot write, by SQLite's own
 * guard, and sees the last committed state when each statement starts.
 */
export function openReadOnly(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
