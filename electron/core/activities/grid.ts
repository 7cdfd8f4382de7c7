import type { ParsedInput } from '@shared/api';
import { AppFailure } from '@shared/errors';
import { formatYearMonth, type ActivityGrid, type ActivityGridRow, type ActivityGridSaved } from '@shared/schemas/activity';
import type { VolunteerStatus } from '@shared/schemas/volunteer';
import { todayIso } from '@shared/thai/dates';
import { monthRange } from '@shared/thai/fiscal';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import type { Written } from '../write';
import { kindList } from './kinds';
import { checkActivityDate, readStandings } from './standing';

function monthSpan(month: string): { start: string; end: string } {
  const [y, m] = month.split('-').map(Number);
  return monthRange(y, m);
}

/**
 * The district's volunteers who served in the month (on duty, or left during or after it, and
 * appointed before its end), plus anyone with something recorded in it; by subdistrict, as the
 * paper reports arrive. Erased people are left out: nothing can be added for them.
 */
const GRID_PEOPLE = `
  SELECT v.id, v.title || v.first_name || ' ' || v.last_name AS name, v.area_subdistrict AS subdistrict, v.status
  FROM volunteers v
  WHERE v.area_district = @district AND v.erased_at IS NULL
    AND (((v.status = 'active' OR v.status_date IS NULL OR v.status_date >= @start)
          AND COALESCE((SELECT min(t.term_start) FROM volunteer_terms t WHERE t.volunteer_id = v.id), '') <= @end)
      OR EXISTS (SELECT 1 FROM activities a WHERE a.volunteer_id = v.id AND a.date BETWEEN @start AND @end))
  ORDER BY v.area_subdistrict, v.sort_name`;

const GRID_CELLS = `
  SELECT a.volunteer_id AS volunteerId, a.kind_id AS kindId, a.whole_month AS wholeMonth, sum(a.people) AS people
  FROM volunteers v JOIN activities a ON a.volunteer_id = v.id AND a.date BETWEEN @start AND @end
  WHERE v.area_district = @district
  GROUP BY a.volunteer_id, a.kind_id, a.whole_month`;

export function readGrid(db: Db, month: string, district: string): ActivityGrid {
  const span = monthSpan(month);
  const params = { district, ...span };
  const people = prepared(db, GRID_PEOPLE).all(params) as { id: number; name: string; subdistrict: string; status: VolunteerStatus }[];
  const rows = new Map<number, ActivityGridRow>();
  for (const p of people) rows.set(p.id, { volunteerId: p.id, name: p.name.trim(), subdistrict: p.subdistrict, status: p.status, cells: {}, detailed: {} });
  const usedKinds = new Set<number>();
  for (const c of prepared(db, GRID_CELLS).all(params) as { volunteerId: number; kindId: number; wholeMonth: number; people: number }[]) {
    const row = rows.get(c.volunteerId);
    if (!row) continue;
    (c.wholeMonth ? row.cells : row.detailed)[c.kindId] = c.people;
    usedKinds.add(c.kindId);
  }
  // A retired kind still shows where this month holds something under it.
  const kinds = kindList(db).filter((k) => k.active || usedKinds.has(k.id));
  return { month, district, kinds, rows: [...rows.values()] };
}

/**
 * Saves a grid's changed cells, with one audit entry for them all; declared with write(), so any
 * refused cell leaves the register as it was.
 */
export function saveGrid(db: Db, input: ParsedInput<'activity-grid-save'>, now: Date): Written<ActivityGridSaved> {
  const { month, district, cells } = input;
  const span = monthSpan(month);
  const when = `เดือน${formatYearMonth(month)}`;
  const today = todayIso(now);
  const kinds = new Map(kindList(db).map((k) => [k.id, k]));
  const standings = readStandings(db, cells.map((c) => c.volunteerId));
  const fields: Record<string, string> = {};
  const warnings = new Set<string>();
  cells.forEach((c, i) => {
    const path = `cells.${i}.people`;
    const s = standings.get(c.volunteerId);
    if (!s) fields[path] = 'ไม่พบอาสาสมัครรายนี้ในทะเบียน อาจถูกลบไปแล้ว กรุณาเปิดตารางใหม่';
    else if (!kinds.has(c.kindId)) fields[path] = 'ไม่พบประเภทกิจกรรมนี้ อาจถูกลบไปแล้ว กรุณาเปิดตารางใหม่';
    else if (c.people && !kinds.get(c.kindId)!.active) fields[path] = `ประเภท "${kinds.get(c.kindId)!.name}" เลิกใช้แล้ว ลบจำนวนออกได้ แต่บันทึกจำนวนใหม่ไม่ได้`;
    else if (c.people) {
      const check = checkActivityDate(s, span.start, span.end, when, today);
      if (check.error) fields[path] = check.error;
      if (check.warning) warnings.add(check.warning);
    }
  });
  const refused = Object.values(fields);
  if (refused.length) {
    const more = refused.length > 1 ? ` (และอีก ${(refused.length - 1).toLocaleString('en-US')} ช่อง)` : '';
    throw new AppFailure('VALIDATION', `ยังไม่ได้บันทึก: ${refused[0]}${more}`, fields);
  }
  const at = now.toISOString();
  // The saved counts of these cells, read at once, each by its own entry in activities_grid_cell.
  // Not by person: a person's month holds a row for every kind, looked up in the table one by one
  // (3,400 rows for a district's 674 people when every kind is kept, ten times the cost).
  const saved = prepared(
    db,
    `SELECT volunteer_id AS volunteerId, kind_id AS kindId, people FROM activities
     WHERE whole_month = 1 AND date = ? AND (kind_id, volunteer_id) IN (SELECT value ->> 1, value ->> 0 FROM json_each(?))`,
  ).all(span.start, JSON.stringify(cells.map((c) => [c.volunteerId, c.kindId]))) as { volunteerId: number; kindId: number; people: number }[];
  const current = new Map(saved.map((r) => [`${r.volunteerId}:${r.kindId}`, r.people]));
  const upsert = prepared(
    db,
    `INSERT INTO activities (volunteer_id, kind_id, date, whole_month, people, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)
     ON CONFLICT (volunteer_id, kind_id, date) WHERE whole_month = 1 DO UPDATE SET people = excluded.people, updated_at = excluded.updated_at`,
  );
  const clear = prepared(db, 'DELETE FROM activities WHERE volunteer_id = ? AND kind_id = ? AND date = ? AND whole_month = 1');
  const changes: [number, number, number | null, number | null][] = [];
  for (const c of cells) {
    const before = current.get(`${c.volunteerId}:${c.kindId}`) ?? null;
    const after = c.people || null;
    if (before === after) continue;
    if (after === null) clear.run(c.volunteerId, c.kindId, span.start);
    else upsert.run(c.volunteerId, c.kindId, span.start, after, at, at);
    changes.push([c.volunteerId, c.kindId, before, after]);
  }
  return {
    result: { changed: changes.length, warnings: [...warnings] },
    audit: changes.length
      ? { entity: 'activity-grid', entityId: `${district} ${month}`, action: 'update', details: { fields: ['volunteerId', 'kindId', 'from', 'to'], changes } }
      : null,
  };
}
