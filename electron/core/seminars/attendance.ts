import { AppFailure } from '@shared/errors';
import type { AttendanceBoard, AttendanceStatus, SeminarSession } from '@shared/schemas/seminar';
import type { Db } from '../db/open';
import { getGroups, getParticipants } from './read';

interface SessionRow extends SeminarSession {
  seminarId: number;
  seminarTitle: string;
}

export function requireSession(db: Db, sessionId: number): SessionRow {
  const row = db
    .prepare(
      `SELECT s.id, s.day_id AS dayId, d.date, s.start_time AS start, s.end_time AS end, s.topic,
              d.seminar_id AS seminarId, sm.title AS seminarTitle
       FROM seminar_sessions s JOIN seminar_days d ON d.id = s.day_id JOIN seminars sm ON sm.id = d.seminar_id
       WHERE s.id = ?`,
    )
    .get(sessionId) as SessionRow | undefined;
  if (!row) throw new AppFailure('NOT_FOUND', 'ไม่พบช่วงเวลานี้ อาจถูกลบไปแล้ว');
  return row;
}

/** Everything the check-in desk shows for one session: the roster with marks and counts per group. */
export function attendanceBoard(db: Db, sessionId: number): AttendanceBoard {
  const session = requireSession(db, sessionId);
  const marks = new Map(
    (db.prepare('SELECT participant_id AS id, status, at FROM seminar_attendance WHERE session_id = ?').all(sessionId) as {
      id: number;
      status: AttendanceStatus;
      at: string;
    }[]).map((m) => [m.id, m]),
  );
  const roster = getParticipants(db, session.seminarId).map((p) => ({
    ...p,
    status: marks.get(p.id)?.status ?? null,
    at: marks.get(p.id)?.at ?? null,
  }));
  const groups = getGroups(db, session.seminarId).map((g) => {
    const members = roster.filter((p) => p.groupId === g.id);
    return {
      groupId: g.id,
      name: g.name,
      planned: g.plannedCount,
      registered: members.length,
      present: members.filter((p) => p.status === 'present').length,
    };
  });
  const { seminarId, seminarTitle, ...plain } = session;
  return {
    session: plain,
    seminarId,
    seminarTitle,
    groups,
    roster,
    present: groups.reduce((s, g) => s + g.present, 0),
    planned: groups.reduce((s, g) => s + g.planned, 0),
  };
}

function requireSameSeminar(db: Db, session: SessionRow, participantId: number): string {
  const p = db.prepare('SELECT seminar_id AS seminarId, name FROM seminar_participants WHERE id = ?').get(participantId) as
    | { seminarId: number; name: string }
    | undefined;
  if (!p || p.seminarId !== session.seminarId) throw new AppFailure('NOT_FOUND', 'ไม่พบผู้เข้าร่วมนี้ในโครงการ');
  return p.name;
}

export interface MarkResult {
  participantId: number;
  name: string;
  status: AttendanceStatus;
  at: string;
  /** The mark before this one: the desk says "already checked in" instead of counting twice. */
  previous: { status: AttendanceStatus; at: string } | null;
}

export function markAttendance(db: Db, sessionId: number, participantId: number, status: AttendanceStatus, at: string): MarkResult {
  const session = requireSession(db, sessionId);
  const name = requireSameSeminar(db, session, participantId);
  const previous = (db
    .prepare('SELECT status, at FROM seminar_attendance WHERE session_id = ? AND participant_id = ?')
    .get(sessionId, participantId) as { status: AttendanceStatus; at: string } | undefined) ?? null;
  if (previous?.status === status) return { participantId, name, status, at: previous.at, previous };
  db.prepare(
    `INSERT INTO seminar_attendance (session_id, participant_id, status, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status, at = excluded.at`,
  ).run(sessionId, participantId, status, at);
  return { participantId, name, status, at, previous };
}

/** Undo: the person goes back to "not yet marked" for this session. */
export function clearAttendance(db: Db, sessionId: number, participantId: number): { cleared: boolean } {
  const session = requireSession(db, sessionId);
  requireSameSeminar(db, session, participantId);
  const r = db.prepare('DELETE FROM seminar_attendance WHERE session_id = ? AND participant_id = ?').run(sessionId, participantId);
  return { cleared: r.changes > 0 };
}
