import { OFFICE_ACTIVITY_KIND_ID, type ActivityKind } from '@shared/schemas/activity';
import { AppFailure } from '@shared/errors';
import type { ParsedInput } from '@shared/api';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { officeActivityDays } from './office-activities';

/**
 * The kinds in the office's order, each with how many rows use it (a count over every row: for the
 * kinds page); days present at office activities count as the use of the kind they count under.
 */
export function readKinds(db: Db): ActivityKind[] {
  const used = new Map(db.prepare('SELECT kind_id, count(*) FROM activities GROUP BY kind_id').raw().all() as [number, number][]);
  used.set(OFFICE_ACTIVITY_KIND_ID, (used.get(OFFICE_ACTIVITY_KIND_ID) ?? 0) + officeActivityDays(db));
  return kindList(db).map((k) => ({ ...k, used: used.get(k.id) ?? 0 }));
}

/** The kinds without their use counts: what the grid, the checks and the reports need, at once. */
export function kindList(db: Db): Omit<ActivityKind, 'used'>[] {
  const rows = prepared(db, 'SELECT id, name, is_referral AS isReferral, active FROM activity_kinds ORDER BY sort, id').all() as {
    id: number; name: string; isReferral: number; active: number;
  }[];
  return rows.map((r) => ({ ...r, isReferral: !!r.isReferral, active: !!r.active }));
}

/**
 * Writes the office's list in its new order. Call inside a transaction. A kind left out of the
 * list is removed only if nothing was recorded under it; one in use must be retired instead.
 */
export function writeKinds(db: Db, input: ParsedInput<'activity-kinds-save'>): void {
  const before = readKinds(db);
  const kept = new Set(input.kinds.map((k) => k.id).filter(Boolean));
  for (const k of before) {
    if (kept.has(k.id)) continue;
    if (k.used > 0) {
      throw new AppFailure('CONFLICT', `ประเภท "${k.name}" มีกิจกรรมบันทึกไว้แล้ว ${k.used.toLocaleString('en-US')} รายการ ลบไม่ได้ ให้เลิกใช้แทน`);
    }
    db.prepare('DELETE FROM activity_kinds WHERE id = ?').run(k.id);
  }
  const known = new Set(before.map((k) => k.id));
  // Names are unique: park the kept ones on temporary names first so two kinds can swap names.
  db.prepare("UPDATE activity_kinds SET name = '~' || id").run();
  const update = db.prepare('UPDATE activity_kinds SET name = ?, is_referral = ?, active = ?, sort = ? WHERE id = ?');
  const insert = db.prepare('INSERT INTO activity_kinds (name, is_referral, active, sort) VALUES (?, ?, ?, ?)');
  input.kinds.forEach((k, i) => {
    if (k.id !== undefined && !known.has(k.id)) throw new AppFailure('NOT_FOUND', 'ไม่พบประเภทกิจกรรมที่แก้ไข อาจถูกลบไปแล้ว กรุณาเปิดหน้านี้ใหม่');
    if (k.id !== undefined) update.run(k.name, k.isReferral ? 1 : 0, k.active ? 1 : 0, i + 1, k.id);
    else insert.run(k.name, k.isReferral ? 1 : 0, k.active ? 1 : 0, i + 1);
  });
}
