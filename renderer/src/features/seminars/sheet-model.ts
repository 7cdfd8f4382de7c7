import type { AttendanceSheet } from '@shared/api/attendance';
import { parseParticipantCode } from '@shared/schemas/participant-code';
import type { AttendanceStatus } from '@shared/schemas/seminar';
import { squash } from './checkin-model';

export type SheetRow = AttendanceSheet['rows'][number];
export type Mark = AttendanceStatus | null;
/** Unsaved marks by participant id, then session id; a row's object changes only when that row does. */
export type SheetEdits = Record<number, Record<number, Mark>>;

export const saved = (row: SheetRow, sessionId: number): Mark => row.marks[sessionId] ?? null;

export const shown = (row: SheetRow, sessionId: number, edits: SheetEdits): Mark => {
  const e = edits[row.participantId];
  return e && sessionId in e ? e[sessionId] : saved(row, sessionId);
};

/**
 * A key on a cell sets `mark` (Space: present, Shift+Space: absent); on a cell that shows it already
 * it takes the mark back: to what is saved when that is another mark, else to not marked. A cell
 * brought back to what is saved is no longer a change.
 */
export function toggle(edits: SheetEdits, row: SheetRow, sessionId: number, mark: AttendanceStatus = 'present'): SheetEdits {
  const was = saved(row, sessionId);
  const next: Mark = shown(row, sessionId, edits) === mark ? (was === mark ? null : was) : mark;
  const { [sessionId]: _, ...others } = edits[row.participantId] ?? {};
  const rowEdits = next === was ? others : { ...others, [sessionId]: next };
  const { [row.participantId]: __, ...rest } = edits;
  return Object.keys(rowEdits).length ? { ...rest, [row.participantId]: rowEdits } : rest;
}

/** The changed cells in grid order, as `attendance-save` takes them. */
export function changedCells(sheet: AttendanceSheet, edits: SheetEdits): { sessionId: number; participantId: number; status: Mark }[] {
  return sheet.rows.flatMap((r) =>
    sheet.sessions.filter((s) => edits[r.participantId] && s.id in edits[r.participantId]).map((s) => ({ sessionId: s.id, participantId: r.participantId, status: edits[r.participantId][s.id] })),
  );
}

/** Present per session, unsaved marks included: the counts the clerk checks against the paper. */
export function presentCounts(sheet: AttendanceSheet, edits: SheetEdits): Record<number, number> {
  const out: Record<number, number> = {};
  for (const s of sheet.sessions) out[s.id] = sheet.rows.filter((r) => shown(r, s.id, edits) === 'present').length;
  return out;
}

/**
 * The row a typed jump goes to: a participant code (typed or scanned from the sheet), digits
 * found in a code, or part of a name (spaces ignored). -1 when none matches.
 */
export function findRow(rows: SheetRow[], typed: string): number {
  const q = squash(typed);
  if (!q) return -1;
  const id = parseParticipantCode(q);
  if (id !== null) return rows.findIndex((r) => r.participantId === id);
  if (/^\d+$/.test(q)) return rows.findIndex((r) => r.code.includes(q));
  return rows.findIndex((r) => squash(r.name).includes(q));
}
