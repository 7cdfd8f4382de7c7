import type { z } from 'zod';
import { AppFailure } from '@shared/errors';
import type { Seminar, SeminarStatus, seminarInput } from '@shared/schemas/seminar';
import { fiscalYearOf, formatThaiDateLong } from '@shared/thai';
import type { Db } from '../db/open';
import { getDays, getGroups } from './read';

type SeminarData = z.output<typeof seminarInput>;

/** The fiscal year the user typed, or the one the first day falls in (1 October boundary). */
export function deriveFiscalYear(data: Pick<SeminarData, 'fiscalYear' | 'days'>): number {
  return data.fiscalYear ?? fiscalYearOf(firstDate(data.days));
}

function firstDate(days: SeminarData['days']): string {
  return days.map((d) => d.date).sort()[0];
}

function writeColumns(data: SeminarData, at: string) {
  return {
    title: data.title,
    kind: data.kind,
    fiscal_year: deriveFiscalYear(data),
    status: data.status,
    training_type: data.trainingType,
    venue_kind: data.venueKind,
    venue_room: data.venueRoom,
    venue_place: data.venuePlace,
    venue_address: data.venueAddress,
    chair_name: data.chairName,
    chair_position: data.chairPosition,
    reporter_name: data.reporterName,
    reporter_position: data.reporterPosition,
    objectives: JSON.stringify(data.objectives),
    responsible_officer: data.responsibleOfficer,
    notes: data.notes,
    first_date: firstDate(data.days),
    updated_at: at,
  };
}

/** Inserts a seminar with its days, sessions and groups; the caller holds the transaction. */
export function insertSeminar(db: Db, data: SeminarData, at: string): number {
  const cols = { ...writeColumns(data, at), created_at: at };
  const names = Object.keys(cols);
  const id = Number(
    db.prepare(`INSERT INTO seminars (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`).run(cols).lastInsertRowid,
  );
  syncDays(db, id, data.days);
  syncGroups(db, id, data.groups);
  return id;
}

/** Rewrites a seminar's plan. Days, sessions and groups that keep their ids keep their attendance and members. */
export function updateSeminar(db: Db, id: number, data: SeminarData, at: string): void {
  const cols = writeColumns(data, at);
  const sets = Object.keys(cols).map((n) => `${n} = @${n}`);
  const r = db.prepare(`UPDATE seminars SET ${sets.join(', ')} WHERE id = @id`).run({ ...cols, id });
  if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบโครงการนี้ อาจถูกลบไปแล้ว');
  syncDays(db, id, data.days);
  syncGroups(db, id, data.groups);
}

function syncDays(db: Db, seminarId: number, days: SeminarData['days']): void {
  const existing = getDays(db, seminarId);
  const knownDays = new Set(existing.map((d) => d.id));
  const knownSessions = new Set(existing.flatMap((d) => d.sessions.map((s) => s.id)));
  const keptDays = new Set(days.map((d) => d.id).filter((id) => id && knownDays.has(id)));
  const keptSessions = new Set(days.flatMap((d) => d.sessions.map((s) => s.id)).filter((id) => id && knownSessions.has(id)));
  for (const day of existing) {
    for (const s of day.sessions) {
      if (keptSessions.has(s.id)) continue;
      guardSessionRemoval(db, s.id, day.date);
      db.prepare('DELETE FROM seminar_sessions WHERE id = ?').run(s.id);
    }
    // A placeholder date, so days may swap or reuse dates without hitting UNIQUE on the way.
    db.prepare("UPDATE seminar_days SET date = '~' || id WHERE id = ?").run(day.id);
  }
  for (const day of days) {
    let dayId = day.id;
    if (dayId && keptDays.has(dayId)) db.prepare('UPDATE seminar_days SET date = ? WHERE id = ?').run(day.date, dayId);
    else dayId = Number(db.prepare('INSERT INTO seminar_days (seminar_id, date) VALUES (?, ?)').run(seminarId, day.date).lastInsertRowid);
    day.sessions.forEach((s, sort) => {
      if (s.id && keptSessions.has(s.id)) {
        db.prepare('UPDATE seminar_sessions SET day_id = ?, start_time = ?, end_time = ?, topic = ?, sort = ? WHERE id = ?').run(dayId, s.start, s.end, s.topic, sort, s.id);
      } else {
        db.prepare('INSERT INTO seminar_sessions (day_id, start_time, end_time, topic, sort) VALUES (?, ?, ?, ?, ?)').run(dayId, s.start, s.end, s.topic, sort);
      }
    });
  }
  // Removed days go last: their kept sessions have moved to other days by now.
  for (const day of existing) if (!keptDays.has(day.id)) db.prepare('DELETE FROM seminar_days WHERE id = ?').run(day.id);
}

/** A session with attendance already taken is evidence for payments: it is not silently dropped. */
function guardSessionRemoval(db: Db, sessionId: number, date: string): void {
  const marks = (db.prepare('SELECT count(*) FROM seminar_attendance WHERE session_id = ?').pluck().get(sessionId) as number) ?? 0;
  if (marks > 0) {
    throw new AppFailure('CONFLICT', `ลบช่วงเวลาของวันที่ ${formatThaiDateLong(date)} ไม่ได้ เพราะมีการบันทึกการลงชื่อเข้าร่วมแล้ว ${marks} รายการ`);
  }
}

function syncGroups(db: Db, seminarId: number, groups: SeminarData['groups']): void {
  const existing = getGroups(db, seminarId);
  const kept = new Set(groups.map((g) => g.id).filter(Boolean));
  for (const g of existing) {
    if (kept.has(g.id)) continue;
    const members = db.prepare('SELECT count(*) FROM seminar_participants WHERE group_id = ?').pluck().get(g.id) as number;
    if (members > 0) throw new AppFailure('CONFLICT', `ลบกลุ่ม "${g.name}" ไม่ได้ เพราะยังมีผู้เข้าร่วม ${members} คน กรุณาย้ายผู้เข้าร่วมไปกลุ่มอื่นก่อน`);
    db.prepare('DELETE FROM seminar_groups WHERE id = ?').run(g.id);
  }
  const known = new Set(existing.map((g) => g.id));
  // Names move through a placeholder so two groups may swap names without hitting UNIQUE.
  for (const g of existing) if (kept.has(g.id)) db.prepare("UPDATE seminar_groups SET name = '~' || id WHERE id = ?").run(g.id);
  groups.forEach((g, sort) => {
    if (g.id && known.has(g.id)) {
      db.prepare('UPDATE seminar_groups SET name = ?, planned_count = ?, category = ?, sort = ? WHERE id = ?').run(g.name, g.plannedCount, g.category, sort, g.id);
    } else {
      db.prepare('INSERT INTO seminar_groups (seminar_id, name, planned_count, category, sort) VALUES (?, ?, ?, ?, ?)').run(seminarId, g.name, g.plannedCount, g.category, sort);
    }
  });
}

/** Marks the seminar as changed now: a change to its people, speakers or budget is a change to it. */
export function touchSeminar(db: Db, id: number, at: string): void {
  db.prepare('UPDATE seminars SET updated_at = ? WHERE id = ?').run(at, id);
}

export function setSeminarStatus(db: Db, id: number, status: SeminarStatus, at: string): void {
  db.prepare('UPDATE seminars SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

/** The result report's own text: what came of the seminar, its problems and suggestions. */
export function saveSeminarOutcome(db: Db, id: number, outcome: Pick<Seminar, 'outcomes' | 'problems' | 'suggestions'>, at: string): void {
  db.prepare('UPDATE seminars SET outcomes = ?, problems = ?, suggestions = ?, updated_at = ? WHERE id = ?').run(outcome.outcomes, outcome.problems, outcome.suggestions, at, id);
}

/** Deletes the seminar with everything that hangs on it (the schema cascades); photo files stay (backup/photos.ts). */
export function deleteSeminar(db: Db, id: number): void {
  db.prepare('DELETE FROM seminars WHERE id = ?').run(id);
}
