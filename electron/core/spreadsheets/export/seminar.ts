import type { FilePayload } from '@shared/api';
import { BUDGET_CATEGORY_LABELS, type BudgetLine, type Participant, type SeminarDetail, type SeminarSession } from '@shared/schemas/seminar';
import { formatThaiDateLong, formatThaiDateShort, formatThaiTime } from '@shared/thai/dates';
import type { CoreContext } from '../../context';
import { getSeminarDetail, requireSeminar } from '../../seminars/read';
import { PrintWorkbook, columnLetter as col, headerWidth, type CellInput, type Column } from '../writer';

/** Spreadsheets of one seminar for the ministry: participants and attendance, and the budget. */

const PRESENT = 'มา';
const ABSENT = 'ขาด';

function heading(s: SeminarDetail, what: string): string[] {
  const first = s.days[0]?.date;
  const last = s.days.at(-1)?.date;
  const when = first ? (first === last ? formatThaiDateLong(first) : `${formatThaiDateLong(first)} – ${formatThaiDateLong(last!)}`) : '';
  return [`${what} ${s.title}`, [when, s.venuePlace].filter(Boolean).join(' ณ ')];
}

/** `13 มี.ค. 2563` over `09.00–12.00 น.`: two short lines that a narrow session column shows whole. */
const sessionLabel = (x: SeminarSession) => `${formatThaiDateShort(x.date)}\n${formatThaiTime(x.start).replace(/ น\.$/, '')}–${formatThaiTime(x.end)}`;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function exportAttendance(ctx: CoreContext, seminarId: number): Promise<FilePayload> {
  requireSeminar(ctx.db, seminarId);
  const s = getSeminarDetail(ctx.db, seminarId);
  const sessions = s.days.flatMap((d) => d.sessions);
  const mark = new Map(s.attendance.map((a) => [`${a.sessionId}:${a.participantId}`, a.status]));
  const groupName = new Map(s.groups.map((g) => [g.id, g.name]));
  const present = (p: Participant, x: SeminarSession) => mark.get(`${x.id}:${p.id}`) === 'present';
  let n = 0;
  const wb = new PrintWorkbook();
  const people = wb.sheet<Participant>({
    name: 'ผู้เข้าร่วม',
    orientation: sessions.length > 3 ? 'landscape' : 'portrait',
    title: heading(s, 'รายชื่อผู้เข้าร่วมและการเข้าร่วม'),
    columns: [
      { header: 'ลำดับ', width: 7, kind: 'int', value: () => ++n },
      { header: 'ชื่อ-นามสกุล', width: 28, value: (p) => p.name },
      { header: 'ตำแหน่ง', width: 22, value: (p) => p.position },
      { header: 'หน่วยงาน', width: 24, value: (p) => p.agency },
      { header: 'กลุ่ม', width: 18, value: (p) => groupName.get(p.groupId) ?? '' },
      ...sessions.map(
        (x): Column<Participant> => ({
          header: sessionLabel(x),
          width: headerWidth(sessionLabel(x)),
          value: (p) => (present(p, x) ? PRESENT : mark.get(`${x.id}:${p.id}`) === 'absent' ? ABSENT : ''),
        }),
      ),
      { header: 'เข้าร่วม (ช่วง)', width: 11, kind: 'int', value: (p) => sessions.filter((x) => present(p, x)).length },
    ],
  });
  for (const p of s.participants) people.add(p);
  await people.commit();

  type GroupRow = (typeof s.summary.groups)[number];
  const groups = wb.sheet<GroupRow>({
    name: 'สรุปตามกลุ่ม',
    orientation: sessions.length > 4 ? 'landscape' : 'portrait',
    title: heading(s, 'สรุปผู้เข้าร่วมตามกลุ่มเป้าหมาย'),
    columns: [
      { header: 'กลุ่มเป้าหมาย', width: 30, value: (g) => g.name },
      { header: 'เป้าหมาย (คน)', width: 12, kind: 'int', value: (g) => g.planned },
      { header: 'ลงทะเบียน (คน)', width: 12, kind: 'int', value: (g) => g.registered },
      { header: 'เข้าร่วม (คน)', width: 12, kind: 'int', value: (g) => g.attended },
      ...sessions.map(
        (x): Column<GroupRow> => ({
          header: `มา ${sessionLabel(x)}`,
          width: headerWidth(`มา ${sessionLabel(x)}`),
          kind: 'int',
          value: (g) => s.participants.filter((p) => p.groupId === g.groupId && present(p, x)).length,
        }),
      ),
    ],
  });
  for (const g of s.summary.groups) groups.add(g);
  const { first, last } = groups.dataRange;
  const totals: CellInput[] = ['รวม'];
  const results = [s.summary.planned, s.summary.registered, s.summary.attended, ...sessions.map((x) => s.participants.filter((p) => present(p, x)).length)];
  results.forEach((result, i) => totals.push({ formula: `SUM(${col(i + 2)}${first}:${col(i + 2)}${last})`, result }));
  groups.addTotal(totals);
  await groups.commit();
  ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'export', details: { what: 'ผู้เข้าร่วมและการเข้าร่วม (Excel)', count: s.participants.length } });
  return { name: `ผู้เข้าร่วม-${s.title.slice(0, 60)}.xlsx`, bytes: await wb.finish() };
}

export async function exportBudget(ctx: CoreContext, seminarId: number): Promise<FilePayload> {
  requireSeminar(ctx.db, seminarId);
  const s = getSeminarDetail(ctx.db, seminarId);
  const wb = new PrintWorkbook();
  const HEADER_ROW = 3;
  let n = 0;
  // Row of the line being written, so its formulas point at its own cells.
  const row = () => HEADER_ROW + n;
  const sheet = wb.sheet<BudgetLine>({
    name: 'งบประมาณ',
    orientation: 'landscape',
    title: heading(s, 'งบประมาณโครงการ'),
    columns: [
      { header: 'ลำดับ', width: 7, kind: 'int', value: () => ++n },
      { header: 'หมวดค่าใช้จ่าย', width: 24, value: (b) => BUDGET_CATEGORY_LABELS[b.category] },
      { header: 'รายการ', width: 34, value: (b) => b.description },
      { header: 'จำนวน', width: 9, kind: 'int', value: (b) => b.quantity },
      { header: 'ครั้ง/วัน/ชั่วโมง', width: 12, kind: 'int', value: (b) => b.times },
      { header: 'อัตรา (บาท)', width: 12, kind: 'money', value: (b) => b.rate },
      // Formulas, so the office can change a quantity in Excel and see the totals follow.
      { header: 'ประมาณการ (บาท)', width: 15, kind: 'money', value: (b) => ({ formula: `ROUND(D${row()}*E${row()}*F${row()},2)`, result: b.plannedAmount }) },
      { header: 'ใช้จริง (บาท)', width: 15, kind: 'money', value: (b) => b.actualAmount },
      { header: 'คงเหลือ (บาท)', width: 15, kind: 'money', value: (b) => ({ formula: `G${row()}-H${row()}`, result: Math.round((b.plannedAmount - (b.actualAmount ?? 0)) * 100) / 100 }) },
    ],
  });
  for (const b of s.budget) sheet.add(b);
  const { first, last } = sheet.dataRange;
  const planned = sum(s.budget.map((b) => b.plannedAmount));
  const actual = sum(s.budget.map((b) => b.actualAmount ?? 0));
  const range = (c: string) => (s.budget.length ? `SUM(${c}${first}:${c}${last})` : '0');
  sheet.addTotal([null, 'รวมทั้งสิ้น', null, null, null, null,
    { formula: range('G'), result: Math.round(planned * 100) / 100 },
    { formula: range('H'), result: Math.round(actual * 100) / 100 },
    { formula: range('I'), result: Math.round((planned - actual) * 100) / 100 },
  ]);
  await sheet.commit();
  return { name: `งบประมาณ-${s.title.slice(0, 60)}.xlsx`, bytes: await wb.finish() };
}
