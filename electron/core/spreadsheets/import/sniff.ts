import { MAX_IMPORT_FILE_BYTES, megabytes } from '@shared/api/limits';
import { AppFailure } from '@shared/errors';

/**
 * Looks at a file's bytes (never its name, which users rename freely) and says what it is, so a
 * bad file is refused with a Thai message before any parser can choke on it.
 */

/** What the unzipped parts of an .xlsx may add up to: guards against zip bombs. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export type SniffedKind = 'xlsx' | 'xls' | 'csv';

const bad = (message: string) => new AppFailure('BAD_FILE', message);

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Finds the zip's end-of-central-directory record (the last 64 KiB + 22 bytes hold it). */
function findEocd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 0xffff - 22);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

/** One part of a zip as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/**
 * Reads the zip's central directory: a truncated download has none, and the sizes it declares
 * tell a zip bomb apart before anything is inflated.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw bad('ไฟล์ Excel เสียหายหรือไม่สมบูรณ์ (อาจดาวน์โหลดหรือคัดลอกมาไม่ครบ) กรุณาเปิดใน Excel แล้วบันทึกใหม่');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  let unzipped = 0;
  const utf8 = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw bad('ไฟล์ Excel เสียหายหรือไม่สมบูรณ์ กรุณาเปิดใน Excel แล้วบันทึกใหม่');
    }
    unzipped += view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLen)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLen + extra + comment;
  }
  if (unzipped > MAX_UNZIPPED_BYTES) throw bad('ไฟล์ใหญ่เกินกว่าที่โปรแกรมจะนำเข้าได้ กรุณาแบ่งเป็นหลายไฟล์');
  return entries;
}

/** The compressed bytes of one entry, found through its local header. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) {
    throw bad('ไฟล์ Excel เสียหายหรือไม่สมบูรณ์ กรุณาเปิดใน Excel แล้วบันทึกใหม่');
  }
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
}

/** UTF-16LE spelling of a name, to find streams inside an OLE compound file. */
function utf16(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Text has (almost) no control bytes other than tab and line breaks: a stray NUL or two near the
 * start of a CSV (left by some export tools) is still text, while binary files are full of them.
 * UTF-16 text has a BOM.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls <= 4 + n / 1000;
}

const KINDS = 'ไฟล์ Excel (.xlsx หรือ .xls) หรือ .csv';

export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) throw bad('ไฟล์ว่างเปล่า ไม่มีข้อมูลให้นำเข้า');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw bad(`ไฟล์ใหญ่เกิน ${megabytes(MAX_IMPORT_FILE_BYTES)} กรุณาแบ่งเป็นหลายไฟล์`);
  if (startsWith(bytes, OLE_MAGIC)) {
    // Excel saves a password-protected .xlsx as an encrypted OLE file with these streams.
    if (contains(bytes, utf16('EncryptionInfo')) || contains(bytes, utf16('EncryptedPackage'))) {
      throw bad('ไฟล์นี้ตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel เอารหัสผ่านออก แล้วบันทึกใหม่ก่อนนำเข้า');
    }
    // Excel 97–2003 keeps its sheets in a "Workbook" stream (Excel 5/95 in "Book"); Word and others do not.
    if (contains(bytes, utf16('Workbook')) || contains(bytes, utf16('Book'))) return 'xls';
    throw bad(`ไฟล์นี้เป็นเอกสาร Office แต่ไม่ใช่สมุดงาน Excel กรุณาเลือก${KINDS}`);
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    const names = zipEntries(bytes).map((e) => e.name);
    if (!names.includes('xl/workbook.xml')) {
      throw bad(`ไฟล์นี้เป็นไฟล์บีบอัดแต่ไม่ใช่สมุดงาน Excel กรุณาเลือก${KINDS}`);
    }
    return 'xlsx';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw bad(`ไฟล์นี้เป็น PDF ไม่ใช่ตาราง กรุณาเลือก${KINDS}`);
  if (looksLikeText(bytes)) return 'csv';
  throw bad(`ไม่ใช่ไฟล์ตาราง กรุณาเลือก${KINDS}`);
}
