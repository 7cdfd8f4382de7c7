import { STATUS_LABELS, type VolunteerStatus } from '@shared/schemas/volunteer';
import { formatThaiDateLong, type IsoDate } from '@shared/thai/dates';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

/** What decides whether a volunteer could have done something on a date. */
export interface Standing {
  id: number;
  name: string;
  status: VolunteerStatus;
  statusDate: IsoDate | null;
  erased: boolean;
  terms: { start: IsoDate | null; end: IsoDate | null }[];
}

const LEFT: ReadonlySet<VolunteerStatus> = new Set(['resigned', 'deceased', 'removed']);

/** The standing of each volunteer named, read in two statements whatever their number. */
export function readStandings(db: Db, ids: number[]): Map<number, Standing> {
  const out = new Map<number, Standing>();
  if (!ids.length) return out;
  const list = JSON.stringify([...new Set(ids)]);
  const people = prepared(
    db,
    `SELECT id, title || first_name || ' ' || last_name AS name, status, status_date AS statusDate, erased_at IS NOT NULL AS erased
     FROM volunteers WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(list) as { id: number; name: string; status: VolunteerStatus; statusDate: string | null; erased: number }[];
  for (const p of people) out.set(p.id, { ...p, name: p.name.trim(), erased: !!p.erased, terms: [] });
  const terms = prepared(
    db,
    'SELECT volunteer_id AS id, term_start AS start, term_end AS end FROM volunteer_terms WHERE volunteer_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  ).all(list) as { id: number; start: string | null; end: string | null }[];
  for (const t of terms) out.get(t.id)?.terms.push({ start: t.start, end: t.end });
  return out;
}

/** A referral saved without the agency: kept, and said, by the form and the import alike. */
export const NO_AGENCY_WARNING = 'ยังไม่ได้ระบุหน่วยงานที่ส่งต่อ รายงานจะนับไว้ในช่อง "ไม่ระบุหน่วยงาน"';

export interface DateCheck {
  /** Impossible: the save is refused. */
  error?: string;
  /** Unusual but the office may know better: saved, and said. */
  warning?: string;
}

/**
 * Checks an activity spanning `from`–`to` (one day, or a grid's month) against the calendar and
 * the volunteer's terms and status. `when` is how the message names the date or month.
 */
export function checkActivityDate(s: Standing, from: IsoDate, to: IsoDate, when: string, today: IsoDate): DateCheck {
  if (s.erased) return { error: `ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว บันทึกกิจกรรมเพิ่มไม่ได้` };
  if (from > today) return { error: `${s.name}: ${when} ยังมาไม่ถึง บันทึกกิจกรรมล่วงหน้าไม่ได้ กรุณาตรวจสอบวันที่` };
  const starts = s.terms.map((t) => t.start).filter((d): d is string => !!d).sort();
  if (starts.length && to < starts[0]) {
    return { error: `${s.name}: ${when} อยู่ก่อนเริ่มวาระ (${formatThaiDateLong(starts[0])}) กรุณาตรวจสอบวันที่หรือวาระของอาสาสมัคร` };
  }
  if (LEFT.has(s.status) && s.statusDate && from > s.statusDate) {
    return { warning: `${s.name} ${STATUS_LABELS[s.status]}ตั้งแต่ ${formatThaiDateLong(s.statusDate)} แต่มีกิจกรรม${when} บันทึกไว้แล้ว กรุณาตรวจสอบ` };
  }
  const dated = s.terms.filter((t) => t.start || t.end);
  if (dated.length && !dated.some((t) => (!t.start || t.start <= to) && (!t.end || t.end >= from))) {
    return { warning: `${s.name}: ${when} อยู่นอกวาระการดำรงตำแหน่ง บันทึกไว้แล้ว กรุณาตรวจสอบวาระ` };
  }
  return {};
}
