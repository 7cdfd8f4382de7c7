import { z } from 'zod';
import { isIsoDate, parseThaiTime } from '../thai/dates';
import { isCanonicalPhone, normalizePhone } from '../thai/phone';
import { thaiErrorMap } from './thai-errors';

// Zod's own messages in Thai for anything a schema does not word itself.
z.config({ localeError: thaiErrorMap });

/**
 * Control characters (NUL, escape, C1) and the invisible bidi controls (U+202A–U+202E,
 * U+2066–U+2069) that can make a name display reversed. Tab and line breaks stay: trimming and
 * the fields' own rules deal with those.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes what must never enter the register from any input: forms, imports and the API agree. */
export function stripControls(value: string): string {
  return value.replace(CONTROLS, '');
}

/** A string as typed, with control characters removed and the ends trimmed. */
export const cleanString = () => z.string().overwrite(stripControls).trim();

/** Trimmed text, empty allowed. */
export const text = (max = 500) => cleanString().max(max, `ยาวเกิน ${max} ตัวอักษร`);

/** Trimmed text that must be filled in. */
export const requiredText = (label: string, max = 500) =>
  cleanString().min(1, `กรุณากรอก${label}`).max(max, `${label}ยาวเกิน ${max} ตัวอักษร`);

export const isoDate = z.string().refine(isIsoDate, 'วันที่ไม่ถูกต้อง');

export const PHONE_MESSAGE = 'หมายเลขโทรศัพท์ไม่ถูกต้อง (ตัวเลข 9–10 หลัก ขึ้นต้นด้วย 0 หรือ +66)';

const isPhone = (v: string) => v === '' || isCanonicalPhone(normalizePhone(v));

/** A Thai phone number kept as typed (an office's own number is printed as it writes it), or empty. */
export const phone = cleanString().refine(isPhone, PHONE_MESSAGE);

/**
 * A person's phone, stored in one form (`0812345678`) however typed (`+66 81 234 5678`, ๐๘…,
 * `081-234-5678`), so search and duplicates see one number; lists show it grouped (`formatPhone`).
 */
export const canonicalPhone = cleanString().overwrite(normalizePhone).refine(isPhone, PHONE_MESSAGE);

/** A clock time as offices write it (11.00, 11:00, 1100, 11 น.), stored as `HH:MM`. */
export const clockTime = z.string().transform((v, ctx) => {
  const t = parseThaiTime(v);
  if (t === null) ctx.addIssue({ code: 'custom', message: 'เวลาไม่ถูกต้อง พิมพ์เช่น 9.00, 13.30 หรือ 1630' });
  return t ?? v;
});

export const empty = z.object({}).strict();

/** A picture kept as a data URL (PNG or JPEG), at most about 2 MB. */
export const imageDataUrl = z
  .string()
  .max(2_800_000, 'รูปภาพใหญ่เกิน 2 MB')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'รองรับเฉพาะรูปภาพ PNG หรือ JPEG');

/** The keys of every group of a {@link listUnder} table. */
export type KeyUnder<T extends Record<string, Record<string, string>>> = { [G in keyof T]: keyof T[G] & string }[keyof T];

/**
 * A labelled list written once per group, as `{ group: { key: label } }` (a form's questions under
 * their section, the documents under what they are printed from), read out in that order with each
 * entry's group.
 */
export function listUnder<const T extends Record<string, Record<string, string>>>(groups: T): { key: KeyUnder<T>; group: keyof T & string; label: string }[] {
  return Object.entries(groups).flatMap(([group, labels]) => Object.entries(labels).map(([key, label]) => ({ key: key as KeyUnder<T>, group, label })));
}
