import { z } from 'zod';
import { empty } from '../schemas/common';
import type { Volunteer } from '../schemas/volunteer';
import { method } from './define';

/**
 * What a merge decides value by value: each is a group of fields that belong together (the
 * name's three parts, the whole address, the current appointment, the status with its date).
 */
export const MERGE_FIELDS = [
  'name', 'nameEn', 'nationalId', 'birthDate', 'sex', 'phone', 'lineId', 'email', 'address',
  'education', 'occupation', 'level', 'area', 'appointment', 'status', 'notes',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  name: 'ชื่อ-นามสกุล',
  nameEn: 'ชื่อภาษาอังกฤษ',
  nationalId: 'เลขประจำตัวประชาชน',
  birthDate: 'วันเกิด',
  sex: 'เพศ',
  phone: 'โทรศัพท์',
  lineId: 'LINE ID',
  email: 'อีเมล',
  address: 'ที่อยู่',
  education: 'การศึกษา',
  occupation: 'อาชีพ',
  level: 'ระดับ อสร.',
  area: 'พื้นที่รับผิดชอบ',
  appointment: 'คำสั่งแต่งตั้งและวาระปัจจุบัน',
  status: 'สถานะ',
  notes: 'หมายเหตุ',
};

/** Why two rows look like one person. */
export const DUPLICATE_REASONS = ['name-birth', 'same-name', 'reappointed', 'phone', 'id-typo'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];
export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  'name-birth': 'ชื่อและวันเกิดตรงกัน',
  'same-name': 'ชื่อตรงกัน (วันเกิดไม่ครบ)',
  reappointed: 'แต่งตั้งใหม่เป็นอีกแถว (วาระต่างกัน)',
  phone: 'โทรศัพท์ตรงกัน',
  'id-typo': 'เลขประจำตัวประชาชนต่างกันหนึ่งหลักหรือสลับหลัก (ชื่อหรือนามสกุลตรงกัน)',
};

export interface DuplicateSide {
  volunteer: Volunteer;
  /** Seminars the person took part in, and appointment terms on record. */
  seminars: number;
  terms: number;
}

/** Two rows of the register that may be one person; `a` is the older row, the one a merge keeps unless the clerk picks `b`. */
export interface DuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  reasons: DuplicateReason[];
}

const id = z.number().int().positive();
const pair = z.object({ a: id, b: id }).refine((p) => p.a !== p.b, { message: 'กรุณาเลือกอาสาสมัครสองคนที่ต่างกัน' });

export interface MergeResult {
  id: number;
  /** Seminars the removed row was in and the kept row was not: now the kept person's. */
  seminarsMoved: number;
  /** Seminars both rows were in: their two participant rows became one. */
  seminarsJoined: number;
}

export const volunteerMergeApi = {
  /** Likely pairs in the register, those dismissed as different people left out. */
  'volunteer-duplicates': method<DuplicatePair[]>()(empty),
  /** "ไม่ใช่คนเดียวกัน": remembered, so the pair is not offered again. */
  'volunteer-duplicate-dismiss': method<{ dismissed: boolean }>()(pair),
  /**
   * Makes two rows one person in one transaction: `keepId` stays with the values chosen per field
   * (`take[field] = 'other'` takes the removed row's), and the removed row's seminars, terms,
   * status history and audit history move to it. The merge is audited with the removed row whole.
   */
  'volunteer-merge': method<MergeResult>()(
    z
      .object({ keepId: id, removeId: id, take: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(['kept', 'other'])).default({}) })
      .refine((m) => m.keepId !== m.removeId, { message: 'กรุณาเลือกอาสาสมัครสองคนที่ต่างกัน' }),
  ),
};
