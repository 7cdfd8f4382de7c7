import type { AttendanceCopied, AttendanceSheet, CopySource } from '@shared/api/attendance';
import type { ParsedInput } from '@shared/api';
import { AppFailure } from '@shared/errors';
import { participantCode } from '@shared/schemas/participant-code';
import type { AttendanceStatus, SeminarSession } from '@shared/schemas/seminar';
import type { AuditEntry } from '../audit';
import type { Db } from '../db/open';
import type { Written } from '../write';
import { clearAttendance, markAttendance, requireSession } from './attendance';
import { getDays, getGroups, getParticipants, getSeminar } from './read';

/**
 * Attendance written many marks at a time: a later session started from an earlier one's list,
 * and the paper sign-in sheets keyed after the event. Each mark goes through the desk's own
 * markAttendance/clearAttendance, inside one transaction per call, with one audit entry.
 */

const sessionsOf = (db: Db, seminarId: number): SeminarSession[] => getDays(db, seminarId).flatMap((d) => d.sessions);

function marksOf(db: Db, seminarId: number): { sessionId: number; participantId: number; status: AttendanceStatus }[] {
  return db
    .prepare(
      `SELECT a.session_id AS sessionId, a.participant_id AS participantId, a.status
       FROM seminar_attendance a JOIN seminar_participants p ON p.id = a.participant_id WHERE p.seminar_id = ?`,
    )
    .all(seminarId) as { sessionId: number; participantId: number; status: AttendanceStatus }[];
}

/** The sessions before `sessionId` in the plan's order, the one just before first. */
export function copySources(db: Db, sessionId: number): CopySource[] {
  const { seminarId } = requireSession(db, sessionId);
  const sessions = sessionsOf(db, seminarId);
  const marks = marksOf(db, seminarId);
  const markedHere = new Set(marks.filter((m) => m.sessionId === sessionId).map((m) => m.participantId));
  return sessions
    .slice(0, sessions.findIndex((s) => s.id === sessionId))
    .reverse()
    .map((session) => {
      const present = marks.filter((m) => m.sessionId === session.id && m.status === 'present');
      return { session, present: present.length, toCopy: present.filter((m) => !markedHere.has(m.participantId)).length };
    });
}

export function copyAttendance(db: Db, sessionId: number, fromSessionId: number, at: string): Written<AttendanceCopied> {
  const to = requireSession(db, sessionId);
  const from = requireSession(db, fromSessionId);
  if (from.seminarId !== to.seminarId || from.id === to.id) throw new AppFailure('NOT_FOUND', 'เลือกช่วงเวลาอื่นของโครงการเดียวกันเพื่อคัดลอกรายชื่อ');
  const ids = db
    .prepare(
      `SELECT a.participant_id FROM seminar_attendance a
       WHERE a.session_id = ? AND a.status = 'present'
         AND NOT EXISTS (SELECT 1 FROM seminar_attendance b WHERE b.session_id = ? AND b.participant_id = a.participant_id)
       ORDER BY a.participant_id`,
    )
    .pluck()
    .all(fromSessionId, sessionId) as number[];
  for (const id of ids) markAttendance(db, sessionId, id, 'present', at);
  const audit: AuditEntry = {
    entity: 'seminar',
    entityId: String(to.seminarId),
    action: 'attendance-copy',
    details: { from: `${from.date} ${from.start}`, to: `${to.date} ${to.start}`, copied: ids.length },
  };
  return { result: { copied: ids.length, participantIds: ids }, audit };
}

export function attendanceSheet(db: Db, seminarId: number): AttendanceSheet {
  const seminar = getSeminar(db, seminarId);
  const marks = new Map<number, Record<number, AttendanceStatus>>();
  for (const m of marksOf(db, seminarId)) (marks.get(m.participantId) ?? marks.set(m.participantId, {}).get(m.participantId)!)[m.sessionId] = m.status;
  const perGroup = new Map<number, number>();
  return {
    seminarId,
    seminarTitle: seminar.title,
    sessions: seminar.days.flatMap((d) => d.sessions),
    groups: getGroups(db, seminarId).map((g) => ({ id: g.id, name: g.name })),
    // getParticipants is the sign-in sheet's order (group, then as added); numbering restarts per group as on the grouped sheet.
    rows: getParticipants(db, seminarId).map((p) => {
      const no = (perGroup.get(p.groupId) ?? 0) + 1;
      perGroup.set(p.groupId, no);
      return { participantId: p.id, name: p.name, groupId: p.groupId, no, code: participantCode(p.id), marks: marks.get(p.id) ?? {} };
    }),
  };
}

/**
 * Writes every cell or none: a cell that cannot be written (a person or session removed meanwhile,
 * or of another seminar) throws, the transaction rolls back what the cells before it wrote, and the
 * error names the cell (`cells.N.status`) so the grid can show which.
 */
export function saveSheet(db: Db, { seminarId, cells }: ParsedInput<'attendance-save'>, at: string): Written<{ changed: number }> {
  const changes: [number, number, AttendanceStatus | null, AttendanceStatus | null][] = [];
  cells.forEach((c, i) => {
    try {
      if (requireSession(db, c.sessionId).seminarId !== seminarId) throw new AppFailure('NOT_FOUND', 'ไม่พบช่วงเวลานี้ในโครงการ');
      if (c.status === null) {
        const before = db.prepare('SELECT status FROM seminar_attendance WHERE session_id = ? AND participant_id = ?').pluck().get(c.sessionId, c.participantId) as
          | AttendanceStatus
          | undefined;
        if (clearAttendance(db, c.sessionId, c.participantId).cleared) changes.push([c.sessionId, c.participantId, before ?? null, null]);
      } else {
        const r = markAttendance(db, c.sessionId, c.participantId, c.status, at);
        if (r.previous?.status !== c.status) changes.push([c.sessionId, c.participantId, r.previous?.status ?? null, c.status]);
      }
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e;
      const more = cells.length > 1 ? ' ไม่มีช่องใดถูกบันทึก กรุณาเปิดตารางใหม่แล้วลองอีกครั้ง' : '';
      throw new AppFailure(e.code, `ยังไม่ได้บันทึก: ${e.message}${more}`, { [`cells.${i}.status`]: e.message });
    }
  });
  return {
    result: { changed: changes.length },
    audit: changes.length ? { entity: 'seminar', entityId: String(seminarId), action: 'attendance-sheet', details: { fields: ['sessionId', 'participantId', 'from', 'to'], changes } } : null,
  };
}
