import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { FilePayload } from '@shared/api';
import { AppFailure } from '@shared/errors';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * Photos live as files under the data folder; rows keep paths and metadata. A photo file is never
 * changed (a new photo gets a new random name) and is not deleted with its row: it stays while a
 * backup refers to it, and backups saved outside carry its bytes (see backup/photos.ts).
 */
export const PHOTOS_DIR = 'photos';

function sniffMime(bytes: Uint8Array): { mime: string; ext: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return { mime: 'image/png', ext: 'png' };
  return null;
}

/**
 * Writes a new photo file under `photos/<folder>/` with a new random name and runs `insert` (the
 * row that refers to it) with its relative path and type. A file that is not a JPEG or PNG is
 * refused; a failed insert removes the file again, so no file is left without its row.
 */
export function storePhoto<T>(dataDir: string, folder: string, bytes: Uint8Array, insert: (relative: string, mime: string) => T): T {
  const kind = sniffMime(bytes);
  if (!kind) throw new AppFailure('BAD_FILE', 'รองรับเฉพาะรูปภาพ JPEG หรือ PNG', { bytes: 'ไฟล์ไม่ใช่รูปภาพ JPEG หรือ PNG' });
  const relative = path.posix.join(PHOTOS_DIR, folder, `${crypto.randomUUID()}.${kind.ext}`);
  const target = photoPath(dataDir, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  writeFileAtomic(target, bytes);
  try {
    return insert(relative, kind.mime);
  } catch (e) {
    fs.rmSync(target, { force: true });
    throw e;
  }
}

export function addPhoto(db: Db, dataDir: string, seminarId: number, fileName: string, bytes: Uint8Array, caption: string, at: string): number {
  return storePhoto(dataDir, `seminar-${seminarId}`, bytes, (relative, mime) =>
    Number(
      db
        .prepare('INSERT INTO seminar_photos (seminar_id, path, file_name, caption, mime, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(seminarId, relative, fileName, caption, mime, bytes.length, at).lastInsertRowid,
    ),
  );
}

interface PhotoRow {
  path: string;
  fileName: string;
  seminarId: number;
}

function requirePhoto(db: Db, id: number): PhotoRow {
  const row = db.prepare('SELECT path, file_name AS fileName, seminar_id AS seminarId FROM seminar_photos WHERE id = ?').get(id) as PhotoRow | undefined;
  if (!row) throw new AppFailure('NOT_FOUND', 'ไม่พบรูปภาพนี้ อาจถูกลบไปแล้ว');
  return row;
}

export function photoPath(dataDir: string, relative: string): string {
  return path.join(dataDir, ...relative.split('/'));
}

/** What the seminar page and the result report say where a photo's file is gone. */
export const PHOTO_MISSING_NOTE = 'ไม่พบไฟล์รูปภาพในโฟลเดอร์ข้อมูล อาจถูกย้ายหรือลบออกไป';
export const PHOTO_DAMAGED_NOTE = 'ไฟล์รูปภาพเสียหาย เปิดดูไม่ได้';

/** The bytes of the photo file at `relative`, or why not: `missing` when it is gone, `damaged` when no longer a JPEG or PNG. */
export function readPhotoBytes(dataDir: string, relative: string): Uint8Array | 'missing' | 'damaged' {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(photoPath(dataDir, relative)));
  } catch {
    return 'missing';
  }
  return sniffMime(bytes) ? bytes : 'damaged';
}

/**
 * The photo's bytes, or why not: `missing` when its file is gone, `damaged` when the file is no
 * longer a JPEG or PNG (the PDF engine would fail on it).
 */
export function readPhotoFile(db: Db, dataDir: string, id: number): FilePayload | 'missing' | 'damaged' {
  const row = requirePhoto(db, id);
  const bytes = readPhotoBytes(dataDir, row.path);
  return typeof bytes === 'string' ? bytes : { name: row.fileName, bytes };
}

export function readPhoto(db: Db, dataDir: string, id: number): FilePayload {
  const file = readPhotoFile(db, dataDir, id);
  if (file === 'missing') throw new AppFailure('NOT_FOUND', PHOTO_MISSING_NOTE);
  if (file === 'damaged') throw new AppFailure('BAD_FILE', PHOTO_DAMAGED_NOTE);
  return file;
}

/** Deletes the row only: the file stays while a backup refers to it (backup/photos.ts). */
export function deletePhotoRow(db: Db, id: number): { seminarId: number; path: string } {
  const row = requirePhoto(db, id);
  db.prepare('DELETE FROM seminar_photos WHERE id = ?').run(id);
  return row;
}
