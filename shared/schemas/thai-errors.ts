import { z } from 'zod';

/**
 * Zod's own messages, in the words a clerk reads, for every check a schema does not word itself.
 * Zod's bundled Thai locale names the JavaScript types ("string ควรมีไม่เกิน 100 ตัวอักษร"), so
 * this map replaces it. Set once, from `common.ts`, which every schema imports.
 */

const SIZE_UNITS: Record<string, string> = { string: 'ตัวอักษร', array: 'รายการ', set: 'รายการ', map: 'รายการ', file: 'ไบต์' };

const EXPECTED: Record<string, string> = {
  string: 'ต้องเป็นข้อความ',
  number: 'ต้องเป็นตัวเลข',
  int: 'ต้องเป็นจำนวนเต็ม',
  bigint: 'ต้องเป็นจำนวนเต็ม',
  boolean: 'ต้องเลือก ใช่ หรือ ไม่ใช่',
  date: 'ต้องเป็นวันที่',
  array: 'ต้องเป็นรายการ',
};

const count = (n: number | bigint) => Number(n).toLocaleString('en-US');

function tooBig(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string {
  const unit = SIZE_UNITS[issue.origin];
  const max = count(issue.maximum as number | bigint);
  if (issue.origin === 'string') return issue.inclusive ? `ยาวเกิน ${max} ตัวอักษร` : `ต้องสั้นกว่า ${max} ตัวอักษร`;
  if (unit) return issue.inclusive ? `ได้ไม่เกิน ${max} ${unit}` : `ต้องน้อยกว่า ${max} ${unit}`;
  if (issue.origin === 'date') return 'วันที่เกินช่วงที่กำหนด';
  return issue.inclusive ? `ต้องไม่เกิน ${max}` : `ต้องน้อยกว่า ${max}`;
}

function tooSmall(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string {
  const unit = SIZE_UNITS[issue.origin];
  const min = Number(issue.minimum);
  if (issue.origin === 'string' && min <= 1 && issue.inclusive) return 'กรุณากรอกข้อมูลนี้';
  if (issue.origin === 'array' && min <= 1 && issue.inclusive) return 'กรุณาเลือกอย่างน้อย 1 รายการ';
  if (unit) return issue.inclusive ? `ต้องมีอย่างน้อย ${count(min)} ${unit}` : `ต้องมีมากกว่า ${count(min)} ${unit}`;
  if (issue.origin === 'date') return 'วันที่อยู่ก่อนช่วงที่กำหนด';
  return issue.inclusive ? `ต้องไม่น้อยกว่า ${count(min)}` : `ต้องมากกว่า ${count(min)}`;
}

export const thaiErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'กรุณากรอกข้อมูลนี้';
      return EXPECTED[issue.expected] ?? 'ข้อมูลผิดประเภท';
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return issue.format === 'email' ? 'อีเมลไม่ถูกต้อง' : 'รูปแบบไม่ถูกต้อง';
    case 'not_multiple_of':
      return `ต้องเป็นจำนวนที่หารด้วย ${String(issue.divisor)} ลงตัว`;
    case 'invalid_value':
      return 'กรุณาเลือกจากรายการที่มีให้';
    case 'unrecognized_keys':
      return 'มีข้อมูลที่โปรแกรมไม่รู้จักปนมา';
    default:
      return 'ข้อมูลไม่ถูกต้อง';
  }
};
