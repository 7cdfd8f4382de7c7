import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../files/atomic-write';
import { PHOTOS_DIR, photoPath } from '../seminars/photos';
import type { Job } from '../events';

/**
 * Photos in backups (a seminar's photos and the volunteers' card photos alike): "I backed up to the
 * USB stick, so everything is there".
 *
 * The rules, kept simple so they can be trusted:
 * 1. A photo file never changes: each new photo gets a new random name under `photos/`, and the
 *    database row keeps that path. So "the file at this path" means the same bytes forever.
 * 2. Deleting a photo (or its seminar) deletes the row only. The file stays in `photos/` until no
 *    backup in `backups/` and not the register itself refers to it; `sweepPhotos` removes such
 *    files after each backup's rotation. So every automatic, manual or pre-restore copy in the data
 *    folder has its photos beside it without holding any copy of them, and restoring any of them
 *    finds its photos in place. A restore never deletes a photo file at all.
 * 3. A copy that leaves the data folder (`backup-export`, "save a copy to a folder or USB stick")
 *    is still one `.sqlite` file, with the bytes of every photo it refers to in an extra table,
 *    `backup_photos`. One file is written and renamed into place like every other file, so a kill
 *    never leaves half of it at the target; it is picked for restore like any backup file.
 * 4. Restoring a file that carries `backup_photos` first writes any photo missing from the data
 *    folder (each file atomically), then drops the table from the copy before it becomes the
 *    register. Photo paths in a file from outside are checked against the shape the app writes, so
 *    a crafted file cannot write anywhere else.
 * A backup that cannot be read blocks the sweep (nothing is deleted) rather than risk losing the
 * photos it might refer to. A photo added and deleted between two backups is removed at the next
 * sweep; one kept by a monthly backup stays as long as that backup does.
 */
export const EMBEDDED_TABLE = 'backup_photos';

/** The only paths the app writes for photos (a seminar's, a volunteer's); anything else in a backup file is ignored. */
const PHOTO_PATH = /^photos\/(seminar|volunteer)-\d{1,12}\/[0-9a-f-]{36}\.(jpg|png)$/;
const PHOTO_FOLDER = /^(seminar|volunteer)-\d+$/;
/** Every table whose rows keep a photo's path. */
const PHOTO_TABLES = ['seminar_photos', 'volunteer_photos'];

export function isPhotoPath(p: string): boolean {
  return PHOTO_PATH.test(p);
}

function hasTable(db: Db, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

/** Photo paths a database refers to (none from a table an older schema does not have yet). */
export function photoRefs(db: Db): string[] {
  return PHOTO_TABLES.filter((t) => hasTable(db, t)).flatMap((t) => db.prepare(`SELECT path FROM ${t}`).pluck().all() as string[]);
}

function embeddedPaths(db: Db): Set<string> {
  return new Set(hasTable(db, EMBEDDED_TABLE) ? (db.prepare(`SELECT path FROM ${EMBEDDED_TABLE}`).pluck().all() as string[]) : []);
}

/** How many photos a backup refers to, and how many a restore would find (in the file or in this data folder). */
export function photoCounts(db: Db, dataDir: string): { photos: number; photosPresent: number } {
  const refs = photoRefs(db);
  const inside = embeddedPaths(db);
  const present = refs.filter((p) => inside.has(p) || (isPhotoPath(p) && fs.existsSync(photoPath(dataDir, p)))).length;
  return { photos: refs.length, photosPresent: present };
}

/**
 * Writes the bytes of every photo the copy refers to into the copy itself (an open connection to
 * the temporary file, before it is checked and sealed). Returns how many were found and missing.
 */
export function embedPhotos(copy: Db, dataDir: string, job?: Job): { included: number; missing: number } {
  const refs = photoRefs(copy);
  copy.exec(`CREATE TABLE IF NOT EXISTS ${EMBEDDED_TABLE} (path TEXT PRIMARY KEY, bytes BLOB NOT NULL)`);
  const insert = copy.prepare(`INSERT OR REPLACE INTO ${EMBEDDED_TABLE} (path, bytes) VALUES (?, ?)`);
  let included = 0;
  let missing = 0;
  copy.transaction(() => {
    refs.forEach((p, i) => {
      job?.progress(i, refs.length, 'กำลังรวมรูปภาพ');
      job?.throwIfCancelled();
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(photoPath(dataDir, p));
      } catch {
        missing++;
        return;
      }
      insert.run(p, bytes);
      included++;
    });
  })();
  return { included, missing };
}

/**
 * Brings the photos a backup file carries into the data folder (only those not already there; a
 * photo file never changes, so one at the same path is the same photo), then removes the table
 * from the file so it does not become part of the register. Returns how many files were written.
 */
export function unpackPhotos(file: string, dataDir: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    if (!hasTable(db, EMBEDDED_TABLE)) return 0;
    let written = 0;
    const rows = db.prepare(`SELECT path, bytes FROM ${EMBEDDED_TABLE}`).iterate() as IterableIterator<{ path: string; bytes: Buffer }>;
    for (const row of rows) {
      if (typeof row.path !== 'string' || !isPhotoPath(row.path) || !Buffer.isBuffer(row.bytes)) continue;
      const target = photoPath(dataDir, row.path);
      if (fs.existsSync(target) && fs.statSync(target).size === row.bytes.length) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      writeFileAtomic(target, row.bytes);
      written++;
    }
    db.exec(`DROP TABLE ${EMBEDDED_TABLE}`);
    db.exec('VACUUM');
    return written;
  } finally {
    db.close();
  }
}

/** Every photo path the given backup files refer to, or null if one of them could not be read. */
function pathsKeptBy(backups: string[]): Set<string> | null {
  const kept = new Set<string>();
  for (const file of backups) {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      try {
        for (const p of photoRefs(db)) kept.add(p);
      } finally {
        db.close();
      }
    } catch {
      return null;
    }
  }
  return kept;
}

/**
 * Removes photo files that neither the register nor any of `backups` (the full paths of every
 * backup in rotation) refers to, and hidden temporary files a crash left in `photos/`. Returns the
 * relative paths removed.
 */
export function sweepPhotos(db: Db, dataDir: string, backups: string[]): string[] {
  const root = path.join(dataDir, PHOTOS_DIR);
  if (!fs.existsSync(root)) return [];
  const kept = pathsKeptBy(backups);
  if (!kept) return [];
  for (const p of photoRefs(db)) kept.add(p);
  const removed: string[] = [];
  for (const folder of fs.readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory() || !PHOTO_FOLDER.test(folder.name)) continue;
    const dir = path.join(root, folder.name);
    for (const f of fs.readdirSync(dir)) {
      const relative = `${PHOTOS_DIR}/${folder.name}/${f}`;
      const orphanTemp = f.startsWith('.') && f.endsWith('.tmp');
      if (!orphanTemp && (!isPhotoPath(relative) || kept.has(relative))) continue;
      fs.rmSync(path.join(dir, f), { force: true });
      removed.push(relative);
    }
    if (fs.readdirSync(dir).length === 0) fs.rmSync(dir, { recursive: true, force: true });
  }
  return removed;
}
