import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { FilePayload } from '@shared/api';
import { AppFailure } from '@shared/errors';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../files/atomic-write';

/** Photos live as files under the data folder (backed up with it); rows keep paths and metadata. */
export const PHOTOS_DIR = 'photos';

function sniffMime(bytes: Uint8Array): { mime: string; ext: string } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return { mime: 'image/png', ext: 'png' };
  return null;
}

export function addPhoto(db: Db, dataDir: string, seminarId: number, fileName: string, bytes: Uint8Array, caption: string, at: string): number {
  const kind = sniffMime(bytes);
  if (!kind) throw new AppFailure('BAD_FILE', 'รองรับเฉพาะรูปภาพ JPEG หรือ PNG', { bytes: 'ไฟล์ไม่ใช่รูปภาพ JPEG หรือ PNG' });
  const relative = path.posix.join(PHOTOS_DIR, `seminar-${seminarId}`, `${crypto.randomUUID()}.${kind.ext}`);
  const target = path.join(dataDir, ...relative.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  writeFileAtomic(target, bytes);
  try {
    return Number(
      db
        .prepare('INSERT INTO seminar_photos (seminar_id, path, file_name, caption, mime, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(seminarId, relative, fileName, caption, kind.mime, bytes.length, at).lastInsertRowid,
    );
  } catch (e) {
    // No row, no file: a failed insert must not leave an orphan behind.
    fs.rmSync(target, { force: true });
    throw e;
  }
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

export function readPhoto(db: Db, dataDir: string, id: number): FilePayload {
  const row = requirePhoto(db, id);
  try {
    return { name: row.fileName, bytes: new Uint8Array(fs.readFileSync(photoPath(dataDir, row.path))) };
  } catch {
    throw new AppFailure('NOT_FOUND', 'ไม่พบไฟล์รูปภาพในโฟลเดอร์ข้อมูล อาจถูกย้ายหรือลบออกไป');
  }
}

/** Deletes the row; the caller removes the file once the transaction has committed. */
export function deletePhotoRow(db: Db, id: number): { seminarId: number; path: string } {
  const row = requirePhoto(db, id);
  db.prepare('DELETE FROM seminar_photos WHERE id = ?').run(id);
  return row;
}

/** Relative paths of all photos of a seminar, to remove their files after the seminar is deleted. */
export function photoPathsOf(db: Db, seminarId: number): string[] {
  return db.prepare('SELECT path FROM seminar_photos WHERE seminar_id = ?').pluck().all(seminarId) as string[];
}
