import { AppFailure } from '@shared/errors';
import { awardName, type Award, type AwardKind } from '@shared/schemas/award';
import { formatThaiDateLong, todayIso } from '@shared/thai';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';

/** An award's fields as written, without its row's own id and times. */
export type AwardDetail = Pick<Award, 'volunteerId' | 'fiscalYear' | 'kind' | 'kindText' | 'givenBy' | 'givenOn' | 'notes'>;

const SELECT = `SELECT id, volunteer_id AS volunteerId, fiscal_year AS fiscalYear, kind, kind_text AS kindText, given_by AS givenBy,
  given_on AS givenOn, notes, created_at AS createdAt, updated_at AS updatedAt,
  (SELECT c.number || '/' || c.fiscal_year FROM certificates c WHERE c.award_id = volunteer_awards.id) AS certificateNo FROM volunteer_awards`;

export function readAward(db: Db, id: number): Award | null {
  return (db.prepare(`${SELECT} WHERE id = ?`).get(id) as Award | undefined) ?? null;
}

/** One volunteer's awards, the newest fiscal year first. */
export function listAwards(db: Db, volunteerId: number): Award[] {
  return db.prepare(`${SELECT} WHERE volunteer_id = ? ORDER BY fiscal_year DESC, given_on DESC, id DESC`).all(volunteerId) as Award[];
}

/** Only the kind 'other' keeps a typed name: a named kind never carries a stale one. */
const kindTextOf = (a: AwardDetail) => (a.kind === 'other' ? a.kindText : '');

/**
 * Refuses an award that cannot be: for a person not in the register or erased, dated in the
 * future, or the same award twice for one fiscal year. `sameRowId` is the row being corrected.
 */
export function checkAward(ctx: CoreContext, a: AwardDetail, sameRowId?: number): void {
  const person = ctx.db.prepare("SELECT title || first_name || ' ' || last_name AS name, erased_at AS erasedAt FROM volunteers WHERE id = ?").get(a.volunteerId) as
    | { name: string; erasedAt: string | null }
    | undefined;
  if (!person) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้ อาจถูกลบหรือรวมกับรายอื่นไปแล้ว กรุณาโหลดรายการใหม่');
  if (person.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว บันทึกรางวัลไม่ได้');
  const today = todayIso(ctx.now());
  if (a.givenOn && a.givenOn > today) {
    const message = `${person.name.trim()}: วันที่ได้รับรางวัล ${formatThaiDateLong(a.givenOn)} ยังมาไม่ถึง กรุณาตรวจสอบวันที่ (บันทึกได้เมื่อได้รับแล้ว)`;
    throw new AppFailure('VALIDATION', message, { givenOn: message });
  }
  const twin = ctx.db
    .prepare('SELECT id FROM volunteer_awards WHERE volunteer_id = ? AND fiscal_year = ? AND kind = ? AND kind_text = ? AND id IS NOT ?')
    .pluck()
    .get(a.volunteerId, a.fiscalYear, a.kind, kindTextOf(a), sameRowId ?? null);
  if (twin !== undefined) {
    throw new AppFailure('CONFLICT', `${person.name.trim()} มี${awardName(a)} ปีงบประมาณ ${a.fiscalYear} บันทึกไว้แล้ว ไม่ต้องบันทึกซ้ำ`);
  }
}

export function insertAward(db: Db, a: AwardDetail, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO volunteer_awards (volunteer_id, fiscal_year, kind, kind_text, given_by, given_on, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.volunteerId, a.fiscalYear, a.kind, kindTextOf(a), a.givenBy, a.givenOn, a.notes, at, at).lastInsertRowid,
  );
}

export function updateAward(db: Db, id: number, a: AwardDetail, at: string): void {
  db.prepare(
    `UPDATE volunteer_awards SET volunteer_id = ?, fiscal_year = ?, kind = ?, kind_text = ?, given_by = ?, given_on = ?, notes = ?, updated_at = ?
     WHERE id = ?`,
  ).run(a.volunteerId, a.fiscalYear, a.kind, kindTextOf(a), a.givenBy, a.givenOn, a.notes, at, id);
}

export function deleteAward(db: Db, id: number): void {
  db.prepare('DELETE FROM volunteer_awards WHERE id = ?').run(id);
}

/** The awards each of these volunteers has for a fiscal year, by name. */
export function awardsOfYear(db: Db, fiscalYear: number): Map<number, string[]> {
  const rows = db.prepare('SELECT volunteer_id AS id, kind, kind_text AS kindText FROM volunteer_awards WHERE fiscal_year = ? ORDER BY id').all(fiscalYear) as {
    id: number;
    kind: AwardKind;
    kindText: string;
  }[];
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), awardName(r)]);
  return out;
}

/** Each volunteer's อสร.ดีเด่น award of a fiscal year (the first recorded, of the province or the country): what its certificate of honour is numbered by. */
export function outstandingAwards(db: Db, volunteerIds: number[], fiscalYear: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT volunteer_id AS volunteerId, min(id) AS id FROM volunteer_awards
       WHERE fiscal_year = ? AND kind IN ('outstanding_province', 'outstanding_national') AND volunteer_id IN (SELECT value FROM json_each(?))
       GROUP BY volunteer_id`,
    )
    .all(fiscalYear, JSON.stringify(volunteerIds)) as { volunteerId: number; id: number }[];
  return new Map(rows.map((r) => [r.volunteerId, r.id]));
}
