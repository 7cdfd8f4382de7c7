import type { Activity, ActivityInput, ActivityOutcome } from '@shared/schemas/activity';
import type { Db } from '../db/open';

interface Row {
  id: number;
  volunteerId: number;
  kindId: number;
  kindName: string;
  isReferral: number;
  date: string;
  wholeMonth: number;
  people: number;
  place: string;
  notes: string;
  agency: string;
  outcome: ActivityOutcome | null;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT a.id, a.volunteer_id AS volunteerId, a.kind_id AS kindId, k.name AS kindName, k.is_referral AS isReferral,
  a.date, a.whole_month AS wholeMonth, a.people, a.place, a.notes, a.agency, a.outcome, a.created_at AS createdAt, a.updated_at AS updatedAt
  FROM activities a JOIN activity_kinds k ON k.id = a.kind_id`;

const fromRow = (r: Row): Activity => ({ ...r, isReferral: !!r.isReferral, wholeMonth: !!r.wholeMonth });

export function readActivity(db: Db, id: number): Activity | null {
  const r = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return r ? fromRow(r) : null;
}

export function listVolunteerActivities(db: Db, volunteerId: number): Activity[] {
  return (db.prepare(`${SELECT} WHERE a.volunteer_id = ? ORDER BY a.date DESC, a.id DESC`).all(volunteerId) as Row[]).map(fromRow);
}

type Detail = Required<Omit<ActivityInput, 'outcome'>> & { outcome: ActivityOutcome | null };

/** The agency and outcome belong to referrals only: other kinds never keep them. */
function referralFields(a: Detail, isReferral: boolean): { agency: string; outcome: ActivityOutcome | null } {
  return isReferral ? { agency: a.agency, outcome: a.outcome } : { agency: '', outcome: null };
}

export function insertActivity(db: Db, a: Detail, isReferral: boolean, at: string): number {
  const { agency, outcome } = referralFields(a, isReferral);
  return Number(
    db
      .prepare(
        `INSERT INTO activities (volunteer_id, kind_id, date, whole_month, people, place, notes, agency, outcome, created_at, updated_at)
         VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.volunteerId, a.kindId, a.date, a.people, a.place, a.notes, agency, outcome, at, at).lastInsertRowid,
  );
}

export function updateActivity(db: Db, id: number, a: Detail, isReferral: boolean, at: string): void {
  const { agency, outcome } = referralFields(a, isReferral);
  db.prepare(
    `UPDATE activities SET volunteer_id = ?, kind_id = ?, date = ?, people = ?, place = ?, notes = ?, agency = ?, outcome = ?, updated_at = ?
     WHERE id = ?`,
  ).run(a.volunteerId, a.kindId, a.date, a.people, a.place, a.notes, agency, outcome, at, id);
}

export function deleteActivity(db: Db, id: number): void {
  db.prepare('DELETE FROM activities WHERE id = ?').run(id);
}
