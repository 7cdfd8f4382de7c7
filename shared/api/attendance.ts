import { z } from 'zod';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type SeminarSession } from '../schemas/seminar';
import { method } from './define';

const id = z.number().int().positive();

/** An earlier session a later one can start its list from ("เหมือนช่วงเช้า"). */
export interface CopySource {
  session: SeminarSession;
  /** Present in that session. */
  present: number;
  /** Of those, the ones not yet marked in the later session: what copying would add. */
  toCopy: number;
}

export interface AttendanceCopied {
  copied: number;
  /** The people it marked present, so the desk can take the copy back. */
  participantIds: number[];
}

/** Paper-sheet entry: the seminar's participants in sign-in sheet order × its sessions. */
export interface AttendanceSheet {
  seminarId: number;
  seminarTitle: string;
  sessions: SeminarSession[];
  groups: { id: number; name: string }[];
  rows: {
    participantId: number;
    name: string;
    groupId: number;
    /** The row's number on the group's sign-in sheet (ลำดับ). */
    no: number;
    /** The participant code printed under the barcode of name tags and sign-in sheets. */
    code: string;
    /** Marks by session id; a session without one is not yet marked. */
    marks: Record<number, AttendanceStatus>;
  }[];
}

export const attendanceSheetSave = z.object({
  seminarId: id,
  /** Only the cells that changed; null takes a mark back to "not yet marked". */
  cells: z
    .array(z.object({ sessionId: id, participantId: id, status: z.enum(ATTENDANCE_STATUSES).nullable() }))
    .min(1, 'ไม่มีช่องที่แก้ไข')
    .max(50_000, 'แก้ไขได้ไม่เกิน 50,000 ช่องต่อครั้ง'),
});

export const attendanceApi = {
  /** The sessions before this one, nearest first, with what copying each would add. */
  'attendance-copy-sources': method<CopySource[]>()(z.object({ sessionId: id })),
  /**
   * Everyone present in `fromSessionId` is marked present in `sessionId` in one transaction;
   * people already marked in `sessionId` (present or absent) are left as they are.
   */
  'attendance-copy': method<AttendanceCopied>()(z.object({ sessionId: id, fromSessionId: id })),
  'attendance-sheet': method<AttendanceSheet>()(z.object({ seminarId: id })),
  /** Saves every changed cell in one transaction: one refused cell and nothing is saved. */
  'attendance-save': method<{ changed: number }>()(attendanceSheetSave),
};
