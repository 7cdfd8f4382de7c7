import { AppFailure } from '@shared/errors';
import type {
  AttendanceMarkRow,
  BudgetLine,
  Participant,
  Seminar,
  SeminarDay,
  SeminarDetail,
  SeminarGroup,
  SeminarListItem,
  SeminarPhoto,
  SeminarSession,
  SeminarStatus,
  SeminarSummary,
  Speaker,
  VolunteerSeminar,
} from '@shared/schemas/seminar';
import type { Db } from '../db/open';
import { rateOn } from '../rates/service';

/**
 * Typed reads of seminars. The seminar page, the PDF documents (sign-in sheets, payment evidence,
 * result report, certificates) and the spreadsheets all build from `getSeminarDetail`.
 */

/** Rounds to whole satang, so products and sums print as the office would add them by hand. */
export const roundBaht = (n: number) => Math.round(n * 100) / 100;

type SeminarRow = Omit<Seminar, 'objectives' | 'days' | 'groups'> & { objectives: string };

export function seminarExists(db: Db, id: number): boolean {
  return !!db.prepare('SELECT 1 FROM seminars WHERE id = ?').get(id);
}

export function requireSeminar(db: Db, id: number): void {
  if (!seminarExists(db, id)) throw new AppFailure('NOT_FOUND', 'ไม่พบโครงการนี้ อาจถูกลบไปแล้ว');
}

export function getDays(db: Db, seminarId: number): SeminarDay[] {
  const days = db.prepare('SELECT id, date FROM seminar_days WHERE seminar_id = ? ORDER BY date').all(seminarId) as { id: number; date: string }[];
  const sessions = db
    .prepare(
      `SELECT s.id, s.day_id AS dayId, d.date, s.start_time AS start, s.end_time AS end, s.topic
       FROM seminar_sessions s JOIN seminar_days d ON d.id = s.day_id
       WHERE d.seminar_id = ? ORDER BY d.date, s.sort, s.start_time`,
    )
    .all(seminarId) as SeminarSession[];
  return days.map((d) => ({ ...d, sessions: sessions.filter((s) => s.dayId === d.id) }));
}

export function getGroups(db: Db, seminarId: number): SeminarGroup[] {
  return db
    .prepare('SELECT id, name, planned_count AS plannedCount, category FROM seminar_groups WHERE seminar_id = ? ORDER BY sort, id')
    .all(seminarId) as SeminarGroup[];
}

export function getSeminar(db: Db, id: number): Seminar {
  const row = db
    .prepare(
      `SELECT id, title, kind, fiscal_year AS fiscalYear, status, training_type AS trainingType, venue_kind AS venueKind,
              venue_room AS venueRoom, venue_place AS venuePlace, venue_address AS venueAddress,
              chair_name AS chairName, chair_position AS chairPosition, reporter_name AS reporterName,
              reporter_position AS reporterPosition, objectives, responsible_officer AS responsibleOfficer, notes,
              outcomes, problems, suggestions, created_at AS createdAt, updated_at AS updatedAt
       FROM seminars WHERE id = ?`,
    )
    .get(id) as SeminarRow | undefined;
  if (!row) throw new AppFailure('NOT_FOUND', 'ไม่พบโครงการนี้ อาจถูกลบไปแล้ว');
  return { ...row, objectives: JSON.parse(row.objectives) as string[], days: getDays(db, id), groups: getGroups(db, id) };
}

const PARTICIPANT_COLUMNS = `p.id, p.group_id AS groupId, p.source, p.volunteer_id AS volunteerId, p.contact_id AS contactId,
  p.name, p.position, p.agency, p.phone, p.national_id AS nationalId, p.category,
  p.travel_amount AS travelAmount, p.allowance_amount AS allowanceAmount`;

/** Participants in group order, then in the order they were added. */
export function getParticipants(db: Db, seminarId: number): Participant[] {
  return db
    .prepare(
      `SELECT ${PARTICIPANT_COLUMNS} FROM seminar_participants p JOIN seminar_groups g ON g.id = p.group_id
       WHERE p.seminar_id = ? ORDER BY g.sort, p.id`,
    )
    .all(seminarId) as Participant[];
}

export function getParticipant(db: Db, id: number): (Participant & { seminarId: number }) | null {
  const row = db.prepare(`SELECT ${PARTICIPANT_COLUMNS}, p.seminar_id AS seminarId FROM seminar_participants p WHERE p.id = ?`).get(id);
  return (row as (Participant & { seminarId: number }) | undefined) ?? null;
}

function getAttendance(db: Db, seminarId: number): AttendanceMarkRow[] {
  return db
    .prepare(
      `SELECT a.session_id AS sessionId, a.participant_id AS participantId, a.status, a.at
       FROM seminar_attendance a JOIN seminar_participants p ON p.id = a.participant_id
       WHERE p.seminar_id = ? ORDER BY a.session_id, a.participant_id`,
    )
    .all(seminarId) as AttendanceMarkRow[];
}

export function getSpeakers(db: Db, seminar: Pick<Seminar, 'id' | 'trainingType' | 'days'>): Speaker[] {
  const rows = db
    .prepare(
      `SELECT id, session_id AS sessionId, name, position, agency, is_government AS isGovernment, hours, national_id AS nationalId, address
       FROM seminar_speakers WHERE seminar_id = ? ORDER BY id`,
    )
    .all(seminar.id) as (Omit<Speaker, 'isGovernment' | 'rate' | 'fee'> & { isGovernment: number })[];
  const sessions = seminar.days.flatMap((d) => d.sessions);
  const firstDate = seminar.days[0]?.date;
  return rows.map((r) => {
    // The rate is the one in force on the day the speaker speaks.
    const date = sessions.find((s) => s.id === r.sessionId)?.date ?? firstDate;
    const rate = date ? rateOn(db, r.isGovernment ? 'speaker_gov' : 'speaker_private', seminar.trainingType, date) : null;
    return { ...r, isGovernment: r.isGovernment === 1, rate: rate?.amount ?? null, fee: roundBaht(r.hours * (rate?.amount ?? 0)) };
  });
}

export function getBudget(db: Db, seminarId: number): BudgetLine[] {
  const rows = db
    .prepare(
      `SELECT id, category, description, rate_item AS rateItem, quantity, times, rate, actual_amount AS actualAmount
       FROM seminar_budget_lines WHERE seminar_id = ? ORDER BY sort, id`,
    )
    .all(seminarId) as Omit<BudgetLine, 'plannedAmount'>[];
  return rows.map((r) => ({ ...r, plannedAmount: roundBaht(r.quantity * r.times * r.rate) }));
}

function getPhotos(db: Db, seminarId: number): SeminarPhoto[] {
  return db
    .prepare('SELECT id, file_name AS fileName, caption, mime, size, created_at AS createdAt FROM seminar_photos WHERE seminar_id = ? ORDER BY id')
    .all(seminarId) as SeminarPhoto[];
}

export function summarize(
  groups: SeminarGroup[],
  participants: Participant[],
  attendance: AttendanceMarkRow[],
  budget: BudgetLine[],
  speakers: Speaker[],
): SeminarSummary {
  const attendedIds = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.participantId));
  const counts = groups.map((g) => {
    const members = participants.filter((p) => p.groupId === g.id);
    return {
      groupId: g.id,
      name: g.name,
      planned: g.plannedCount,
      registered: members.length,
      attended: members.filter((p) => attendedIds.has(p.id)).length,
    };
  });
  const planned = counts.reduce((s, c) => s + c.planned, 0);
  const attended = counts.reduce((s, c) => s + c.attended, 0);
  const sum = (xs: number[]) => roundBaht(xs.reduce((s, x) => s + x, 0));
  return {
    groups: counts,
    planned,
    registered: participants.length,
    attended,
    attendanceRate: planned > 0 ? attended / planned : null,
    budgetPlanned: sum(budget.map((b) => b.plannedAmount)),
    budgetActual: sum(budget.map((b) => b.actualAmount ?? 0)),
    speakerFees: sum(speakers.map((s) => s.fee)),
  };
}

/** The whole seminar: plan, people, attendance marks, speakers with fees, budget, photos, summary. */
export function getSeminarDetail(db: Db, id: number): SeminarDetail {
  const seminar = getSeminar(db, id);
  const participants = getParticipants(db, id);
  const attendance = getAttendance(db, id);
  const speakers = getSpeakers(db, seminar);
  const budget = getBudget(db, id);
  return {
    ...seminar,
    participants,
    attendance,
    speakers,
    budget,
    photos: getPhotos(db, id),
    summary: summarize(seminar.groups, participants, attendance, budget, speakers),
  };
}

export function listSeminars(db: Db, q: { fiscalYear?: number; status?: SeminarStatus; query: string }): SeminarListItem[] {
  return db
    .prepare(
      `SELECT s.id, s.title, s.kind, s.fiscal_year AS fiscalYear, s.status, s.venue_place AS venuePlace,
              s.first_date AS firstDate,
              (SELECT max(date) FROM seminar_days WHERE seminar_id = s.id) AS lastDate,
              (SELECT coalesce(sum(planned_count), 0) FROM seminar_groups WHERE seminar_id = s.id) AS planned,
              (SELECT count(*) FROM seminar_participants WHERE seminar_id = s.id) AS registered,
              (SELECT count(DISTINCT a.participant_id) FROM seminar_attendance a JOIN seminar_participants p ON p.id = a.participant_id
                WHERE p.seminar_id = s.id AND a.status = 'present') AS attended
       FROM seminars s
       WHERE (@fy IS NULL OR s.fiscal_year = @fy) AND (@status IS NULL OR s.status = @status)
         AND (@query = '' OR s.title LIKE '%' || @query || '%' OR s.venue_place LIKE '%' || @query || '%')
       ORDER BY s.first_date DESC, s.id DESC`,
    )
    .all({ fy: q.fiscalYear ?? null, status: q.status ?? null, query: q.query }) as SeminarListItem[];
}

/** Seminars a volunteer was registered for, newest first, whether they came, and their certificate's number. */
export function volunteerSeminars(db: Db, volunteerId: number): VolunteerSeminar[] {
  const rows = db
    .prepare(
      `SELECT s.id AS seminarId, s.title, s.first_date AS firstDate, s.fiscal_year AS fiscalYear, s.status,
              g.name AS groupName,
              EXISTS (SELECT 1 FROM seminar_attendance a WHERE a.participant_id = p.id AND a.status = 'present') AS attended,
              (SELECT c.number || '/' || c.fiscal_year FROM certificates c WHERE c.participant_id = p.id) AS certificateNo
       FROM seminar_participants p
       JOIN seminars s ON s.id = p.seminar_id
       JOIN seminar_groups g ON g.id = p.group_id
       WHERE p.volunteer_id = ?
       ORDER BY s.first_date DESC, s.id DESC`,
    )
    .all(volunteerId) as (Omit<VolunteerSeminar, 'attended'> & { attended: number })[];
  return rows.map((r) => ({ ...r, attended: r.attended === 1 }));
}
