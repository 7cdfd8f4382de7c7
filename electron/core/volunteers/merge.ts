import type { MergeField, MergeResult, volunteerMergeApi } from '@shared/api/volunteer-merge';
import { AppFailure } from '@shared/errors';
import type { Volunteer, VolunteerData } from '@shared/schemas/volunteer';
import { diff } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import type { Db } from '../db/open';
import { dismissPair, findDuplicates } from './duplicates';
import { readVolunteer, toRow } from './repository';

/** The volunteer's own fields each merge choice covers. */
const FIELD_PARTS: Record<MergeField, (keyof Volunteer)[]> = {
  name: ['title', 'firstName', 'lastName'],
  nameEn: ['firstNameEn', 'lastNameEn'],
  nationalId: ['nationalId'],
  birthDate: ['birthDate'],
  sex: ['sex'],
  phone: ['phone'],
  lineId: ['lineId'],
  email: ['email'],
  address: ['address'],
  education: ['education'],
  occupation: ['occupation'],
  level: ['level'],
  area: ['area'],
  appointment: ['appointmentOrderNo', 'appointmentDate', 'termStart', 'termEnd'],
  status: ['status', 'statusDate'],
  notes: ['notes'],
};

function person(db: Db, id: number): Volunteer {
  const v = readVolunteer(db, id);
  if (!v) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้ อาจถูกรวมหรือลบไปแล้ว กรุณาโหลดรายการใหม่');
  if (v.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว รวมข้อมูลไม่ได้');
  return v;
}

interface ParticipantRow {
  id: number;
  seminar_id: number;
  travel_amount: number | null;
  allowance_amount: number | null;
}

/**
 * The removed person's seminars become the kept person's. Where both were in one seminar the two
 * participant rows become the kept one: a session either was present at counts as present, an
 * amount only the removed row had is taken over, and the removed row is kept whole in the audit.
 */
function moveSeminars(db: Db, keepId: number, removeId: number) {
  const rowsOf = db.prepare('SELECT * FROM seminar_participants WHERE volunteer_id = ?');
  const kept = new Map((rowsOf.all(keepId) as ParticipantRow[]).map((p) => [p.seminar_id, p]));
  const joined: { participant: Record<string, unknown>; attendance: unknown[] }[] = [];
  let moved = 0;
  for (const p of rowsOf.all(removeId) as ParticipantRow[]) {
    const mine = kept.get(p.seminar_id);
    if (!mine) {
      db.prepare('UPDATE seminar_participants SET volunteer_id = ? WHERE id = ?').run(keepId, p.id);
      moved++;
      continue;
    }
    const attendance = db.prepare('SELECT * FROM seminar_attendance WHERE participant_id = ?').all(p.id);
    joined.push({ participant: p as unknown as Record<string, unknown>, attendance });
    db.prepare(
      `INSERT INTO seminar_attendance (session_id, participant_id, status, at)
       SELECT session_id, ?, status, at FROM seminar_attendance WHERE participant_id = ?
       ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status, at = excluded.at
       WHERE seminar_attendance.status = 'absent' AND excluded.status = 'present'`,
    ).run(mine.id, p.id);
    db.prepare('UPDATE seminar_participants SET travel_amount = coalesce(travel_amount, ?), allowance_amount = coalesce(allowance_amount, ?) WHERE id = ?').run(
      p.travel_amount, p.allowance_amount, mine.id,
    );
    // A certificate number the removed row was given becomes the kept row's unless that holds one;
    // else it stays taken with no holder (certificates/register.ts: a number is never given twice).
    db.prepare(
      'UPDATE certificates SET participant_id = ? WHERE participant_id = ? AND NOT EXISTS (SELECT 1 FROM certificates WHERE participant_id = ?)',
    ).run(mine.id, p.id, mine.id);
    db.prepare('DELETE FROM seminar_participants WHERE id = ?').run(p.id);
  }
  return { moved, joined };
}

/**
 * The removed person's activity records become the kept person's. Two monthly-grid counts of one
 * kind in one month (the only rows that must be single) are added up into the kept one's; the
 * removed rows are kept whole in the audit.
 */
function moveActivities(db: Db, keepId: number, removeId: number) {
  const clashing = db
    .prepare(
      `SELECT r.*, k.id AS keptRow FROM activities r
       JOIN activities k ON k.volunteer_id = ? AND k.kind_id = r.kind_id AND k.date = r.date AND k.whole_month = 1
       WHERE r.volunteer_id = ? AND r.whole_month = 1`,
    )
    .all(keepId, removeId) as { id: number; people: number; keptRow: number }[];
  for (const c of clashing) {
    db.prepare('UPDATE activities SET people = people + ? WHERE id = ?').run(c.people, c.keptRow);
    db.prepare('DELETE FROM activities WHERE id = ?').run(c.id);
  }
  const moved = db.prepare('UPDATE activities SET volunteer_id = ? WHERE volunteer_id = ?').run(keepId, removeId).changes;
  return { moved, added: clashing };
}

/**
 * Photos and printed cards become the kept person's. The newest photo stays the one in use
 * (whichever row it came from); the other row's cards are numbered on after the kept person's
 * prints, so each print keeps its own row.
 */
function movePhotosAndCards(db: Db, keepId: number, removeId: number) {
  const photos = db.prepare('UPDATE volunteer_photos SET volunteer_id = ? WHERE volunteer_id = ?').run(keepId, removeId).changes;
  let last = db.prepare('SELECT coalesce(max(issue_no), 0) FROM volunteer_cards WHERE volunteer_id = ?').pluck().get(keepId) as number;
  const theirs = db.prepare('SELECT id FROM volunteer_cards WHERE volunteer_id = ? ORDER BY issue_no').pluck().all(removeId) as number[];
  const move = db.prepare('UPDATE volunteer_cards SET volunteer_id = ?, issue_no = ? WHERE id = ?');
  for (const id of theirs) move.run(keepId, ++last, id);
  const cards = theirs.length;
  return { photos, cards };
}

/** The kept person's values with the chosen ones taken from the other row. */
function mergedValues(keep: Volunteer, other: Volunteer, take: Partial<Record<MergeField, 'kept' | 'other'>>): Volunteer {
  const out = { ...keep } as Record<string, unknown>;
  for (const [field, side] of Object.entries(take)) {
    if (side !== 'other') continue;
    for (const part of FIELD_PARTS[field as MergeField]) out[part] = other[part];
  }
  return out as unknown as Volunteer;
}

export function mergeVolunteers(ctx: CoreContext, keepId: number, removeId: number, take: Partial<Record<MergeField, 'kept' | 'other'>>): MergeResult {
  return ctx.db.transaction(() => {
    const db = ctx.db;
    const keep = person(db, keepId);
    const other = person(db, removeId);
    const merged = mergedValues(keep, other, take);
    const at = ctx.now().toISOString();

    const seminars = moveSeminars(db, keepId, removeId);
    const activities = moveActivities(db, keepId, removeId);
    const { photos, cards } = movePhotosAndCards(db, keepId, removeId);
    const terms = db.prepare('UPDATE volunteer_terms SET volunteer_id = ? WHERE volunteer_id = ?').run(keepId, removeId).changes;
    // The orders' lists keep the name as printed, now pointing at the kept person.
    db.prepare('UPDATE appointment_order_people SET volunteer_id = ? WHERE volunteer_id = ?').run(keepId, removeId);
    const statusChanges = db.prepare('UPDATE volunteer_status_changes SET volunteer_id = ? WHERE volunteer_id = ?').run(keepId, removeId).changes;
    const awards = db.prepare('UPDATE volunteer_awards SET volunteer_id = ? WHERE volunteer_id = ?').run(keepId, removeId).changes;
    db.prepare("UPDATE audit_log SET entity_id = ? WHERE entity = 'volunteer' AND entity_id = ?").run(String(keepId), String(removeId));
    db.prepare('DELETE FROM volunteer_not_duplicates WHERE a = ? OR b = ?').run(removeId, removeId);
    // The removed row goes before the kept one takes its values: the national ID is unique.
    try {
      db.prepare('DELETE FROM volunteers WHERE id = ?').run(removeId);
    } catch (e) {
      // A table added later that still points at the row: nothing is changed rather than anything lost.
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppFailure('CONFLICT', 'รวมข้อมูลไม่ได้ เพราะยังมีข้อมูลอื่นอ้างถึงแถวที่จะรวม ไม่มีข้อมูลใดถูกเปลี่ยน กรุณาแจ้งผู้ดูแลโปรแกรม');
      }
      throw e;
    }

    const row = toRow(merged as VolunteerData);
    const columns = Object.keys(row);
    db.prepare(`UPDATE volunteers SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, status = @status, status_date = @statusDate, updated_at = @at WHERE id = @id`).run({
      ...row, status: merged.status, statusDate: merged.statusDate, at, id: keepId,
    });

    ctx.audit({
      entity: 'volunteer',
      entityId: String(keepId),
      action: 'merge',
      details: {
        mergedFrom: removeId,
        changes: diff(keep, merged),
        removed: other,
        moved: { seminars: seminars.moved, terms, statusChanges, activities: activities.moved, photos, cards, awards },
        joinedParticipants: seminars.joined,
        addedActivityCounts: activities.added,
      },
    });
    return { id: keepId, seminarsMoved: seminars.moved, seminarsJoined: seminars.joined.length };
  })();
}

export const volunteerMergeHandlers: HandlerMap<keyof typeof volunteerMergeApi> = {
  'volunteer-duplicates': (_input, ctx) => findDuplicates(ctx.db),
  'volunteer-duplicate-dismiss': ({ a, b }, ctx) =>
    ctx.db.transaction(() => {
      person(ctx.db, a);
      person(ctx.db, b);
      dismissPair(ctx.db, a, b, ctx.now().toISOString());
      ctx.audit({ entity: 'volunteer', entityId: String(Math.min(a, b)), action: 'not-duplicate', details: { other: Math.max(a, b) } });
      return { dismissed: true };
    })(),
  'volunteer-merge': ({ keepId, removeId, take }, ctx) => mergeVolunteers(ctx, keepId, removeId, take),
};
