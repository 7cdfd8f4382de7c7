import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { FilePayload } from '@shared/api';
import { AppFailure } from '@shared/errors';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../files/atomic-write';
import { isJpegFrame } from '../files/jpeg';

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
 * Whether a PNG is whole: every chunk complete with its CRC right, from IHDR to IEND. The PDF
 * engine copies an opaque PNG's image data into the PDF without decoding it, so a file cut short
 * or with a damaged chunk would print as half a picture, or garbage, instead of failing.
 */
function pngIntact(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let first = true;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return false;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (first && type !== 'IHDR') return false;
    if (zlib.crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) return false;
    if (type === 'IEND') return true;
    first = false;
    at = end;
  }
  return false;
}

/**
 * Whether a JPEG is whole: every segment complete, a frame with a size before the first scan, each
 * scan's coded data followed by a marker, and the end-of-image marker reached. The PDF engine reads
 * a JPEG only up to its frame header and copies the rest into the PDF undecoded, so a file cut
 * short (an interrupted copy from a phone or a LINE download) prints as half a face over grey.
 * The coded data itself is not decoded: a byte changed inside it goes unnoticed.
 */
function jpegIntact(bytes: Uint8Array): boolean {
  let at = 2;
  let frame = false;
  let scans = 0;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return false;
    while (bytes[at] === 0xff) at++; // fill bytes before a marker
    if (at >= bytes.length) return false;
    const marker = bytes[at++];
    // End of image; anything after it (some cameras append data) is not part of the picture.
    if (marker === 0xd9) return frame && scans > 0;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // markers without a length
    if (at + 2 > bytes.length) return false;
    const length = (bytes[at] << 8) | bytes[at + 1];
    if (length < 2 || at + length > bytes.length) return false;
    if (isJpegFrame(marker)) {
      const components = bytes[at + 7];
      const size = ((bytes[at + 3] << 8) | bytes[at + 4]) * ((bytes[at + 5] << 8) | bytes[at + 6]);
      if (length !== 8 + 3 * components || components === 0 || size === 0) return false;
      frame = true;
    }
    at += length;
    if (marker !== 0xda) continue;
    // Start of scan: coded data runs to the next marker; 0xFF in it is 0xFF00, restarts or fill.
    if (!frame) return false;
    scans++;
    for (;;) {
      if (at + 1 >= bytes.length) return false;
      if (bytes[at] !== 0xff) at++;
      else if (bytes[at + 1] === 0x00 || (bytes[at + 1] >= 0xd0 && bytes[at + 1] <= 0xd7)) at += 2;
      else if (bytes[at + 1] === 0xff) at++;
      else break;
    }
  }
  return false;
}

const PHOTO_INCOMPLETE = 'ไฟล์รูปภาพนี้ไม่สมบูรณ์ (อาจคัดลอกมาไม่ครบหรือเสียหาย) กรุณาเลือกไฟล์รูปอื่น หรือบันทึกรูปจากต้นฉบับอีกครั้ง';

/** The photo's type, or null when it is not a JPEG or PNG or is a PNG cut short or damaged. */
function photoKind(bytes: Uint8Array): { mime: string; ext: string } | null {
  const kind = sniffMime(bytes);
  return kind?.ext === 'png' && !pngIntact(bytes) ? null : kind;
}

/**
 * Refuses a JPEG that is not whole (see jpegIntact), in Thai, before anything is stored. For a
 * photo drawn into a document as it is (a volunteer's card photo).
 */
export function requireWholeJpeg(bytes: Uint8Array): void {
  if (sniffMime(bytes)?.ext === 'jpg' && !jpegIntact(bytes)) throw new AppFailure('BAD_FILE', PHOTO_INCOMPLETE, { bytes: PHOTO_INCOMPLETE });
}

/**
 * Writes a new photo file under `photos/<folder>/` with a new random name and runs `insert` (the
 * row that refers to it) with its relative path and type. A file that is not a JPEG or PNG is
 * refused; a failed insert removes the file again, so no file is left without its row.
 */
export function storePhoto<T>(dataDir: string, folder: string, bytes: Uint8Array, insert: (relative: string, mime: string) => T): T {
  const kind = sniffMime(bytes);
  if (!kind) throw new AppFailure('BAD_FILE', 'รองรับเฉพาะรูปภาพ JPEG หรือ PNG', { bytes: 'ไฟล์ไม่ใช่รูปภาพ JPEG หรือ PNG' });
  if (!photoKind(bytes)) throw new AppFailure('BAD_FILE', PHOTO_INCOMPLETE, { bytes: PHOTO_INCOMPLETE });
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

/**
 * The bytes of the photo file at `relative`, or why not: `missing` when it is gone, `damaged` when
 * no longer a JPEG or PNG, or a PNG cut short or with a damaged chunk.
 */
export function readPhotoBytes(dataDir: string, relative: string): Uint8Array | 'missing' | 'damaged' {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(photoPath(dataDir, relative)));
  } catch {
    return 'missing';
  }
  return photoKind(bytes) ? bytes : 'damaged';
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
