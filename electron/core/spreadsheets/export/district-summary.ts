import type { FilePayload } from '@shared/api';
import { SEMINAR_STATUS_LABELS, type SeminarStatus } from '@shared/schemas/seminar';
import { STATUS_LABELS, VOLUNTEER_STATUSES } from '@shared/schemas/volunteer';
import { formatThaiDateLong, todayIso } from '@shared/thai/dates';
import type { CoreContext } from '../../context';
import { readOfficeSettings } from '../../settings/service';
import { PrintWorkbook, columnLetter, type CellInput, type Column } from '../writer';

/**
 * The ministry's summary by district (issue 7, export 3): volunteers per status and per level,
 * and the fiscal year's seminars with attendance by the volunteers' districts. Every total is a
 * SUM formula with its result cached, so Excel and LibreOffice agree and the office can edit.
 */

const NO_DISTRICT = 'ไม่ระบุอำเภอ';
const NO_LEVEL = 'ไม่ระบุระดับ';
const NOT_VOLUNTEERS = 'ผู้เข้าร่วมอื่น (เจ้าหน้าที่ แขก ไม่อยู่ในทะเบียน)';

export interface CountRow {
  name: string;
  counts: (number | null)[];
}

const thai = (a: string, b: string) => a.localeCompare(b, 'th');
const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

/** Rows of `name → key → count` from (name, key, n) triples, names in Thai order, blanks last. */
function pivot(rows: { name: string; key: string; n: number }[], keys: string[], blankName: string): CountRow[] {
  const byName = new Map<string, number[]>();
  for (const r of rows) {
    const counts = byName.get(r.name) ?? keys.map(() => 0);
    counts[keys.indexOf(r.key)] += r.n;
    byName.set(r.name, counts);
  }
  const names = [...byName.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : thai(a, b)));
  return names.map((name) => ({ name: name || blankName, counts: byName.get(name)! }));
}

/**
 * A table of counts per district with a row total (if `rowTotal`) and a closing total row, which
 * sums each column unless `distinctTotals` gives the column's own total (a count of distinct things,
 * such as seminars, that the districts share and a sum would count once per district).
 */
export async function countSheet(
  wb: PrintWorkbook,
  name: string,
  title: string[],
  first: string,
  heads: string[],
  rows: CountRow[],
  rowTotal: boolean,
  distinctTotals: (number | undefined)[] = [],
): Promise<void> {
  const columns: Column<CountRow>[] = [
    { header: first, width: 34, value: (r) => r.name },
    ...heads.map((h, i): Column<CountRow> => ({ header: h, width: Math.max(11, Math.min(16, h.length + 2)), kind: 'int', value: (r) => r.counts[i] })),
  ];
  const last = columnLetter(heads.length + 1);
  // The row being written is the one after the last written: its total sums its own cells.
  const at = () => sheet.dataRange.last + 1;
  if (rowTotal) columns.push({ header: 'รวม', width: 11, kind: 'int', value: (r) => ({ formula: `SUM(B${at()}:${last}${at()})`, result: sum(r.counts) }) });
  const sheet = wb.sheet<CountRow>({ name, title, orientation: columns.length > 8 ? 'landscape' : 'portrait', columns });
  for (const r of rows) sheet.add(r);
  const range = sheet.dataRange;
  const totals: CellInput[] = ['รวมทั้งสิ้น'];
  const columnSums = heads.map((_, i) => sum(rows.map((r) => r.counts[i])));
  if (rowTotal) columnSums.push(sum(columnSums));
  columnSums.forEach((result, i) => {
    const c = columnLetter(i + 2);
    const distinct = distinctTotals[i];
    if (distinct !== undefined) totals.push(distinct);
    else totals.push(rows.length ? { formula: `SUM(${c}${range.first}:${c}${range.last})`, result } : 0);
  });
  sheet.addTotal(totals);
  await sheet.commit();
}

interface SeminarRow {
  title: string;
  firstDate: string;
  status: SeminarStatus;
  planned: number;
  registered: number;
  attended: number;
}

const PRESENT = `EXISTS (SELECT 1 FROM seminar_attendance a WHERE a.participant_id = p.id AND a.status = 'present')`;

export async function exportDistrictSummary(ctx: CoreContext, fiscalYear: number): Promise<FilePayload> {
  const today = todayIso(ctx.now());
  const office = readOfficeSettings(ctx.db);
  const where = office.province ? ` จังหวัด${office.province}` : '';
  const asOf = `ข้อมูล ณ วันที่ ${formatThaiDateLong(today)}`;
  const wb = new PrintWorkbook();

  // Erased people (PDPA) keep their status and district for exactly these counts.
  const byStatus = ctx.db
    .prepare(`SELECT area_district AS name, status AS key, count(*) AS n FROM volunteers GROUP BY area_district, status`)
    .all() as { name: string; key: string; n: number }[];
  await countSheet(wb, 'ตามสถานะ', [`จำนวนอาสาสมัครแรงงานรายอำเภอ จำแนกตามสถานะ${where}`, asOf], 'อำเภอ/เขต (พื้นที่รับผิดชอบ)',
    VOLUNTEER_STATUSES.map((s) => STATUS_LABELS[s]), pivot(byStatus, [...VOLUNTEER_STATUSES], NO_DISTRICT), true);

  const byLevel = ctx.db
    .prepare(`SELECT area_district AS name, level AS key, count(*) AS n FROM volunteers WHERE status = 'active' GROUP BY area_district, level`)
    .all() as { name: string; key: string; n: number }[];
  // Levels are the office's own list (DOMAIN.md): the columns are whatever the register holds.
  const levels = [...new Set(byLevel.map((r) => r.key))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : thai(a, b)));
  await countSheet(wb, 'ตามระดับ', [`จำนวนอาสาสมัครแรงงานที่ปฏิบัติหน้าที่ รายอำเภอ จำแนกตามระดับ${where}`, asOf], 'อำเภอ/เขต (พื้นที่รับผิดชอบ)',
    levels.map((l) => l || NO_LEVEL), pivot(byLevel, levels, NO_DISTRICT), true);

  const fy = `ปีงบประมาณ ${fiscalYear} (ไม่รวมโครงการที่ยกเลิก)`;
  const attendance = ctx.db
    .prepare(
      `SELECT p.volunteer_id IS NULL AS other, coalesce(v.area_district, '') AS district,
              count(DISTINCT p.seminar_id) AS seminars, count(*) AS registered, sum(${PRESENT}) AS attended,
              count(DISTINCT CASE WHEN ${PRESENT} THEN p.volunteer_id END) AS people
       FROM seminar_participants p JOIN seminars s ON s.id = p.seminar_id LEFT JOIN volunteers v ON v.id = p.volunteer_id
       WHERE s.fiscal_year = ? AND s.status <> 'cancelled'
       GROUP BY other, district`,
    )
    .all(fiscalYear) as { other: number; district: string; seminars: number; registered: number; attended: number; people: number }[];
  const volunteerRows = attendance.filter((r) => !r.other).sort((a, b) => (a.district === '' ? 1 : b.district === '' ? -1 : thai(a.district, b.district)));
  const others = attendance.find((r) => r.other);
  const attendanceRows: CountRow[] = [
    ...volunteerRows.map((r) => ({ name: r.district || NO_DISTRICT, counts: [r.seminars, r.registered, r.attended, r.people] })),
    ...(others ? [{ name: NOT_VOLUNTEERS, counts: [others.seminars, others.registered, others.attended, null] }] : []),
  ];
  // One seminar is counted in every district its people come from: the total counts each once.
  const { seminarCount } = ctx.db
    .prepare(
      `SELECT count(DISTINCT p.seminar_id) AS seminarCount FROM seminar_participants p JOIN seminars s ON s.id = p.seminar_id
       WHERE s.fiscal_year = ? AND s.status <> 'cancelled'`,
    )
    .get(fiscalYear) as { seminarCount: number };
  await countSheet(wb, 'การเข้าร่วมรายอำเภอ', [`การเข้าร่วมโครงการ/สัมมนา รายอำเภอ ${fy}${where}`, asOf], 'อำเภอ/เขต ของผู้เข้าร่วม',
    ['จำนวนโครงการ', 'ลงทะเบียน (คน-ครั้ง)', 'เข้าร่วมจริง (คน-ครั้ง)', 'อสร. ที่เข้าร่วม (คน)'], attendanceRows, false, [seminarCount]);

  const seminars = ctx.db
    .prepare(
      `SELECT s.title, s.first_date AS firstDate, s.status,
              (SELECT coalesce(sum(g.planned_count), 0) FROM seminar_groups g WHERE g.seminar_id = s.id) AS planned,
              (SELECT count(*) FROM seminar_participants p WHERE p.seminar_id = s.id) AS registered,
              (SELECT count(*) FROM seminar_participants p WHERE p.seminar_id = s.id AND ${PRESENT}) AS attended
       FROM seminars s WHERE s.fiscal_year = ? AND s.status <> 'cancelled' ORDER BY s.first_date, s.id`,
    )
    .all(fiscalYear) as SeminarRow[];
  let n = 0;
  const list = wb.sheet<SeminarRow>({
    name: 'โครงการ',
    title: [`โครงการ/สัมมนา ${fy}${where}`, asOf],
    orientation: 'landscape',
    columns: [
      { header: 'ลำดับ', width: 7, kind: 'int', value: () => ++n },
      { header: 'ชื่อโครงการ', width: 48, value: (s) => s.title },
      { header: 'วันที่เริ่ม', width: 18, kind: 'date', value: (s) => s.firstDate },
      { header: 'สถานะ', width: 14, value: (s) => SEMINAR_STATUS_LABELS[s.status] },
      { header: 'เป้าหมาย (คน)', width: 12, kind: 'int', value: (s) => s.planned },
      { header: 'ลงทะเบียน (คน)', width: 12, kind: 'int', value: (s) => s.registered },
      { header: 'เข้าร่วม (คน)', width: 12, kind: 'int', value: (s) => s.attended },
    ],
  });
  for (const s of seminars) list.add(s);
  const { first, last } = list.dataRange;
  const total = (c: string, key: 'planned' | 'registered' | 'attended'): CellInput =>
    seminars.length ? { formula: `SUM(${c}${first}:${c}${last})`, result: sum(seminars.map((s) => s[key])) } : 0;
  list.addTotal([null, `รวม ${seminars.length} โครงการ`, null, null, total('E', 'planned'), total('F', 'registered'), total('G', 'attended')]);
  await list.commit();

  return { name: `สรุปรายอำเภอ-ปีงบประมาณ-${fiscalYear}.xlsx`, bytes: await wb.finish() };
}
