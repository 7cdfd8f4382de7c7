import { AppFailure } from '@shared/errors';

/**
 * Failures of the disk or the operating system, in Thai that says what to do. SQLite reports them
 * as SQLITE_* codes (a full disk is SQLITE_FULL), Node's fs as errno codes; both arrive as `code`.
 */
const KINDS: { codes: RegExp; message: string }[] = [
  {
    codes: /^(SQLITE_FULL|ENOSPC|EDQUOT|EFBIG)/,
    message:
      'พื้นที่ว่างในดิสก์ไม่พอ งานนี้จึงไม่สำเร็จ ข้อมูลที่บันทึกไว้ก่อนหน้านี้ไม่ได้รับผลกระทบ ' +
      'กรุณาลบหรือย้ายไฟล์ที่ไม่ใช้ออกจากดิสก์ที่เก็บโฟลเดอร์ข้อมูล (เช่น ไฟล์ในโฟลเดอร์ Downloads และถังขยะ) แล้วลองอีกครั้ง',
  },
  {
    codes: /^(SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM|SQLITE_AUTH|EACCES|EPERM|EROFS)/,
    message:
      'โปรแกรมไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์ข้อมูล งานนี้จึงไม่สำเร็จ ข้อมูลที่บันทึกไว้ก่อนหน้านี้ไม่ได้รับผลกระทบ ' +
      'กรุณาตรวจว่าโฟลเดอร์หรือแฟลชไดรฟ์ไม่ได้ตั้งเป็นอ่านอย่างเดียวหรือถูกล็อก หรือให้ผู้ดูแลระบบเปิดสิทธิ์เขียนให้ แล้วลองอีกครั้ง',
  },
  {
    codes: /^(SQLITE_BUSY|SQLITE_LOCKED|EBUSY)/,
    message:
      'ไฟล์ข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น (เช่น โปรแกรมสแกนไวรัส หรือโปรแกรมสำรองไฟล์อย่าง OneDrive) งานนี้จึงไม่สำเร็จ ' +
      'ข้อมูลที่บันทึกไว้ก่อนหน้านี้ไม่ได้รับผลกระทบ กรุณารอสักครู่แล้วลองอีกครั้ง',
  },
];

/** The Thai failure for a disk or permission error, or null for anything else. */
export function systemFailure(e: unknown): AppFailure | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const kind = KINDS.find((k) => k.codes.test(code));
  return kind ? new AppFailure('DATABASE', kind.message) : null;
}
