import { z } from 'zod';
import { isIsoDate } from '../thai/dates';

// Zod's own messages in Thai for anything a schema does not word itself.
z.config(z.locales.th());

/** Trimmed text, empty allowed. */
export const text = (max = 500) => z.string().trim().max(max, `ยาวเกิน ${max} ตัวอักษร`);

/** Trimmed text that must be filled in. */
export const requiredText = (label: string, max = 500) =>
  z.string().trim().min(1, `กรุณากรอก${label}`).max(max, `${label}ยาวเกิน ${max} ตัวอักษร`);

export const isoDate = z.string().refine(isIsoDate, 'วันที่ไม่ถูกต้อง');

/** Thai phone numbers: 9–10 digits with optional dashes or spaces, or empty. */
export const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || /^0\d{8,9}$/.test(v.replace(/[\s-]/g, '')), 'หมายเลขโทรศัพท์ไม่ถูกต้อง (ตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0)');

export const empty = z.object({}).strict();

/** A picture kept as a data URL (PNG or JPEG), at most about 2 MB. */
export const imageDataUrl = z
  .string()
  .max(2_800_000, 'รูปภาพใหญ่เกิน 2 MB')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'รองรับเฉพาะรูปภาพ PNG หรือ JPEG');
