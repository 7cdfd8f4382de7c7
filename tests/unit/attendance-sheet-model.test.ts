import { describe, expect, it } from 'vitest';
import type { AttendanceSheet } from '@shared/api/attendance';
import { participantCode } from '@shared/schemas/participant-code';
import { toThaiDigits } from '@shared/thai';
import { changedCells, findRow, presentCounts, toggle, type SheetEdits } from '../../renderer/src/features/seminars/sheet-model';

const session = (id: number, start: string) => ({ id, dayId: 1, date: '2020-03-13', start, end: start.replace(/^\d\d/, (h) => String(Number(h) + 3)), topic: '' });
const row = (participantId: number, name: string, marks: AttendanceSheet['rows'][number]['marks'] = {}) => ({
  participantId, name, groupId: 1, no: participantId, code: participantCode(participantId), marks,
});
const sheet: AttendanceSheet = {
  seminarId: 1,
  seminarTitle: 'สัมมนา',
  sessions: [session(10, '09:00'), session(11, '13:00')],
  groups: [{ id: 1, name: 'อาสาสมัครแรงงาน' }],
  rows: [row(1, 'นายสมหมาย ใจดี', { 10: 'present' }), row(2, 'นางสาวสมศรี มีสุข', { 11: 'absent' }), row(125, 'นายมานะ ขยัน')],
};

describe('paper-sheet grid', () => {
  it('Space ticks and unticks; a cell back to what is saved is no longer a change, and a saved absence comes back as absent', () => {
    let edits: SheetEdits = {};
    edits = toggle(edits, sheet.rows[0], 10);
    expect(changedCells(sheet, edits)).toEqual([{ sessionId: 10, participantId: 1, status: null }]);
    edits = toggle(edits, sheet.rows[0], 10);
    expect(edits).toEqual({});
    edits = toggle(edits, sheet.rows[1], 11);
    expect(changedCells(sheet, edits)).toEqual([{ sessionId: 11, participantId: 2, status: 'present' }]);
    edits = toggle(edits, sheet.rows[1], 11);
    expect(edits).toEqual({});
    edits = toggle(toggle(edits, sheet.rows[2], 11), sheet.rows[2], 10);
    expect(changedCells(sheet, edits)).toEqual([
      { sessionId: 10, participantId: 125, status: 'present' },
      { sessionId: 11, participantId: 125, status: 'present' },
    ]);
    expect(presentCounts(sheet, edits)).toEqual({ 10: 2, 11: 1 });
  });

  it('Shift+Space marks absent (ขาด) and again takes the mark back; Space on an absent cell ticks present', () => {
    // Row 1 is saved present in session 10: marked absent, then back to what is saved.
    let edits = toggle({}, sheet.rows[0], 10, 'absent');
    expect(changedCells(sheet, edits)).toEqual([{ sessionId: 10, participantId: 1, status: 'absent' }]);
    expect(presentCounts(sheet, edits)).toEqual({ 10: 0, 11: 0 });
    edits = toggle(edits, sheet.rows[0], 10, 'absent');
    expect(edits).toEqual({});
    // Row 2 is saved absent in session 11: Shift+Space clears the mark, again restores it.
    edits = toggle({}, sheet.rows[1], 11, 'absent');
    expect(changedCells(sheet, edits)).toEqual([{ sessionId: 11, participantId: 2, status: null }]);
    expect(toggle(edits, sheet.rows[1], 11, 'absent')).toEqual({});
    // An unmarked cell: absent, then Space makes it present.
    edits = toggle(toggle({}, sheet.rows[2], 10, 'absent'), sheet.rows[2], 10);
    expect(changedCells(sheet, edits)).toEqual([{ sessionId: 10, participantId: 125, status: 'present' }]);
  });

  it('leaves the objects of untouched rows as they were, so those rows are not drawn again', () => {
    const before = toggle({}, sheet.rows[0], 11);
    const after = toggle(before, sheet.rows[2], 10);
    expect(after[1]).toBe(before[1]);
  });

  it('jumps to a row by a scanned or typed code, by digits of a code, or by part of a name with spaces ignored', () => {
    expect(findRow(sheet.rows, participantCode(125))).toBe(2);
    expect(findRow(sheet.rows, toThaiDigits(participantCode(125)))).toBe(2);
    expect(findRow(sheet.rows, '0125')).toBe(2);
    expect(findRow(sheet.rows, 'สมศรี มี')).toBe(1);
    expect(findRow(sheet.rows, 'สมหมายใจ')).toBe(0);
    expect(findRow(sheet.rows, 'ไม่มีคนนี้')).toBe(-1);
    expect(findRow(sheet.rows, '  ')).toBe(-1);
  });
});
