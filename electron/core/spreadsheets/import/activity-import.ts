import type { FilePayload } from '@shared/api';
import type { ActivityImportPreview, ActivityImportResult, ActivityImportRowPreview, ActivityImportShape, ImportRowRef } from '@shared/api/spreadsheets';
import { AppFailure } from '@shared/errors';
import { formatYearMonth, type ActivityKindInfo, type ActivityOutcome } from '@shared/schemas/activity';
import { formatThaiDateLong, formatThaiDateShort, todayIso } from '@shared/thai/dates';
import { monthRange } from '@shared/thai/fiscal';
import { kindList } from '../../activities/kinds';
import { insertActivity } from '../../activities/repository';
import { checkActivityDate, NO_AGENCY_WARNING, readStandings } from '../../activities/standing';
import type { CoreContext } from '../../context';
import type { Job } from '../../events';
import { activityFields, KIND_COLUMN, type ActivityField } from '../activity-fields';
import { countOf, identityOf, kindMatcher, monthFromTitle, monthOf, outcomeOf, volunteerFinder, type Candidate } from './activity-rows';
import { CHUNK, eachDataRow, errorRowsWorkbook, readImportSheet, rowNamer, saveMapping, sheetSummaries, withoutRows, type ImportSheet } from './pipeline';
import type { RawCell, RawRow } from './table';
import { dateOf, textOf } from './volunteer-rows';

/** Where the clerk's mapping fixes are remembered, apart from the register import's. */
const MAPPING_KEY = 'import-mapping:activities';

interface Item {
  kindId: number;
  kind: string;
  isReferral: boolean;
  people: number;
  duplicate: boolean;
}

interface AnalyzedRow extends ImportRowRef {
  volunteer: Candidate | null;
  /** As the file names the person, shown when no volunteer was matched. */
  fileName: string;
  fileId: string;
  /** The day of a record, or the first day of a table row's month. */
  date: string | null;
  items: Item[];
  place: string;
  notes: string;
  agency: string;
  outcome: ActivityOutcome | null;
  errors: string[];
  warnings: string[];
}

export interface AnalyzedActivityImport extends ImportSheet {
  shape: ActivityImportShape | null;
  /** The month the title line names, used where the clerk chose none. */
  titleMonth: ActivityImportPreview['titleMonth'];
  fields: ActivityField[];
  mappingProblem: string | null;
  rows: AnalyzedRow[];
  summaryRows: number;
}

/** Which of the two layouts the mapping describes, or what is missing to tell. */
function shapeOf(fields: Set<string>, month: string | undefined): { shape: ActivityImportShape | null; problem: string | null } {
  const named = fields.has('nationalId') || fields.has('fullName') || fields.has('firstName');
  const counts = [...fields].some((f) => f.startsWith(KIND_COLUMN));
  const who = named ? null : 'กรุณาเลือกคอลัมน์ "เลขประจำตัวประชาชน" หรือคอลัมน์ชื่อ-นามสกุล ใช้จับคู่กับอาสาสมัครในทะเบียน';
  if (fields.has('kind') && counts) {
    return { shape: null, problem: 'เลือกได้แบบเดียว: คอลัมน์ "ประเภทกิจกรรม" (หนึ่งแถวต่อกิจกรรม) หรือคอลัมน์จำนวนของแต่ละประเภท (ตารางอาสาสมัคร × ประเภท) กรุณาเปลี่ยนคอลัมน์ที่ไม่ใช้เป็น "ไม่นำเข้า"' };
  }
  if (fields.has('kind')) {
    return { shape: 'records', problem: who ?? (fields.has('date') ? null : 'กรุณาเลือกคอลัมน์ "วันที่" ของกิจกรรม') };
  }
  if (counts) {
    const dated = fields.has('month') || fields.has('date') || !!month;
    return { shape: 'table', problem: who ?? (dated ? null : 'ไฟล์ไม่มีคอลัมน์เดือนหรือวันที่ กรุณาเลือกเดือนของรายงานนี้') };
  }
  return { shape: null, problem: 'กรุณาเลือกคอลัมน์ "ประเภทกิจกรรม" (หนึ่งแถวต่อกิจกรรม) หรือคอลัมน์จำนวนของแต่ละประเภท (ตารางอาสาสมัคร × ประเภท)' };
}

const placeKey = (text: string) => text.replace(/\s+/g, ' ').trim();
const recordKey = (volunteerId: number, kindId: number, date: string, place: string) => `${volunteerId}|${kindId}|${date}|${placeKey(place)}`;

/**
 * Reads an office's activity report and checks every row as the monthly grid and the detailed form
 * would: who it is (by national ID, or by name and district when that names one person), the kinds
 * by name, the counts, the dates against the person's terms and status, and what is already
 * recorded (skipped, so a file imports once). Changes nothing.
 */
export async function analyzeActivityImport(
  ctx: CoreContext,
  file: FilePayload,
  { mapping, month, skipSheets = [] }: { mapping?: Record<string, string | null>; month?: string; skipSheets?: string[] },
  job?: Job,
): Promise<AnalyzedActivityImport> {
  const kinds = kindList(ctx.db);
  const fields = activityFields(kinds);
  const sheet = await readImportSheet(ctx, file, fields, MAPPING_KEY, { mapping, skipSheets }, job);
  const at = (key: string) => sheet.columns.find((c) => c.field === key)?.index;
  const titleMonth = monthFromTitle(sheet.above);
  month ??= titleMonth?.month;
  const { shape, problem: shapeProblem } = shapeOf(new Set(sheet.columns.map((c) => c.field).filter((f): f is string => !!f)), month);
  const problem = shapeProblem ?? sheet.problem;
  const base = { ...sheet, shape, fields, titleMonth, summaryRows: 0 };
  if (problem) return { ...base, mappingProblem: problem, parts: withoutRows(sheet), rows: [] };

  const cell = (cells: RawRow, key: string): RawCell => {
    const i = at(key);
    return i === undefined ? null : (cells[i] ?? null);
  };
  const kindColumns = sheet.columns.filter((c) => c.field?.startsWith(KIND_COLUMN)).map((c) => ({ index: c.index, kind: kinds.find((k) => `${KIND_COLUMN}${k.id}` === c.field)! }));
  const parsed: { at: ImportRowRef; who: ReturnType<typeof identityOf>; cells: RawRow }[] = [];
  const summaryRows = await eachDataRow(sheet, at('nationalId'), job, (cells, where) => {
    parsed.push({ at: where, cells, who: identityOf(cell(cells, 'nationalId'), cell(cells, 'fullName'), cell(cells, 'title'), cell(cells, 'firstName'), cell(cells, 'lastName'), cell(cells, 'district')) });
  });
  const find = volunteerFinder(ctx.db, [...new Set(parsed.map((p) => p.who.nationalId).filter(Boolean))]);
  const matchKind = kindMatcher(kinds);
  const activeNames = kinds.filter((k) => k.active).map((k) => k.name).join(', ');
  const rows: AnalyzedRow[] = [];
  for (const [i, { at: where, who, cells }] of parsed.entries()) {
    if (i % CHUNK === 0) job?.throwIfCancelled();
    const errors: string[] = [];
    const warnings: string[] = [];
    const match = find(who);
    if (match.error) errors.push(match.error);
    if (match.warning) warnings.push(match.warning);
    const r: AnalyzedRow = {
      ...where, volunteer: match.found ?? null, fileName: `${who.title}${who.firstName} ${who.lastName}`.trim(), fileId: who.nationalId,
      date: null, items: [], place: '', notes: '', agency: '', outcome: null, errors, warnings,
    };
    if (shape === 'records') readRecord(r, cells, cell, matchKind, activeNames);
    else readTableRow(r, cells, cell, kindColumns, month);
    // A table row with no count records nothing: left out like a blank row.
    if (shape === 'table' && !r.items.length && !errors.length) continue;
    rows.push(r);
  }
  if (rows.length === 0) throw new AppFailure('BAD_FILE', 'พบหัวตารางแต่ไม่มีรายการกิจกรรมใต้หัวตาราง');
  checkAgainstRegister(ctx, rows, shape!, rowNamer(sheet));
  return { ...base, mappingProblem: null, rows, summaryRows };
}

type CellOf = (cells: RawRow, key: string) => RawCell;

/** One activity per row: its day, kind, people reached, place, notes and, for a referral, the agency and outcome. */
function readRecord(r: AnalyzedRow, cells: RawRow, cell: CellOf, matchKind: ReturnType<typeof kindMatcher>, activeNames: string): void {
  const dateCell = cell(cells, 'date');
  const date = dateOf(dateCell);
  if (date === null) r.errors.push('ไม่ได้ระบุวันที่ของกิจกรรม');
  else if (date === undefined) r.errors.push(`อ่านวันที่ "${String(dateCell).trim()}" ไม่ได้ (ใช้รูปแบบ 13/03/2568 หรือ 13 มี.ค. 2568)`);
  else r.date = date;
  const kindText = textOf(cell(cells, 'kind'), 'text');
  const kind = kindText ? matchKind(kindText) : undefined;
  if (!kindText) r.errors.push(`ไม่ได้ระบุประเภทกิจกรรม ประเภทที่ใช้อยู่: ${activeNames}`);
  else if (!kind) r.errors.push(`ไม่รู้จักประเภทกิจกรรม "${kindText}" ประเภทที่ใช้อยู่: ${activeNames} (แก้ชื่อในไฟล์ให้ตรง หรือเพิ่มประเภทที่หน้าประเภทกิจกรรม)`);
  else if (!kind.active) r.errors.push(`ประเภท "${kind.name}" เลิกใช้แล้ว บันทึกเพิ่มไม่ได้ ประเภทที่ใช้อยู่: ${activeNames}`);
  const count = countOf(cell(cells, 'people'));
  if (count.error) r.errors.push(`จำนวนคน: ${count.error}`);
  else if (count.people === null) r.warnings.push('ไม่ได้ระบุจำนวนคน บันทึกเป็น 0');
  r.place = textOf(cell(cells, 'place'), 'text');
  r.notes = textOf(cell(cells, 'notes'), 'multiline');
  if (kind?.isReferral) {
    r.agency = textOf(cell(cells, 'agency'), 'text');
    const said = textOf(cell(cells, 'outcome'), 'text');
    const outcome = outcomeOf(said);
    if (outcome === undefined) r.warnings.push(`ผลการส่งต่อ: ไม่รู้จัก "${said}" จึงเว้นว่างไว้ (ใช้ รอผล, ได้รับความช่วยเหลือแล้ว หรือ ไม่ได้รับความช่วยเหลือ)`);
    r.outcome = outcome ?? null;
    if (!r.agency) r.warnings.push(NO_AGENCY_WARNING);
  }
  if (kind) r.items.push({ kindId: kind.id, kind: kind.name, isReferral: kind.isReferral, people: count.people ?? 0, duplicate: false });
}

/** A volunteer's counts for a month, a column per kind. */
function readTableRow(r: AnalyzedRow, cells: RawRow, cell: CellOf, kindColumns: { index: number; kind: ActivityKindInfo }[], month: string | undefined): void {
  const monthCell = cell(cells, 'month') ?? cell(cells, 'date');
  const read = monthOf(monthCell);
  if (read === undefined) r.errors.push(`อ่านเดือน "${String(monthCell).trim()}" ไม่ได้ (ใช้รูปแบบ ตุลาคม 2568 หรือ 10/2568)`);
  const ym = read ?? month;
  if (read === null && !month) r.errors.push('ไม่ได้ระบุเดือน กรุณาใส่เดือนในไฟล์หรือเลือกเดือนของรายงาน');
  if (ym) r.date = `${ym}-01`;
  for (const { index, kind } of kindColumns) {
    const count = countOf(cells[index] ?? null);
    if (count.error) r.errors.push(`${kind.name}: ${count.error}`);
    else if (count.people) r.items.push({ kindId: kind.id, kind: kind.name, isReferral: kind.isReferral, people: count.people, duplicate: false });
  }
}

/**
 * The checks that need the register: the person's terms and status for the date (as the grid and
 * the form check them), and what is already recorded, in the register or earlier in the file.
 */
function checkAgainstRegister(ctx: CoreContext, rows: AnalyzedRow[], shape: ActivityImportShape, named: (ref: ImportRowRef) => string): void {
  const ids = [...new Set(rows.map((r) => r.volunteer?.id).filter((id): id is number => id !== undefined))];
  const standings = readStandings(ctx.db, ids);
  const today = todayIso(ctx.now());
  const list = JSON.stringify(ids);
  const seen = new Map<string, ImportRowRef>();
  if (shape === 'records') {
    const existing = new Set(
      (ctx.db.prepare('SELECT volunteer_id, kind_id, date, place FROM activities WHERE whole_month = 0 AND volunteer_id IN (SELECT value FROM json_each(?))').raw().all(list) as [number, number, string, string][]).map(
        ([v, k, d, p]) => recordKey(v, k, d, p),
      ),
    );
    for (const r of rows) {
      if (r.errors.length || !r.volunteer || !r.date) continue;
      const check = checkActivityDate(standings.get(r.volunteer.id)!, r.date, r.date, `วันที่ ${formatThaiDateLong(r.date)}`, today);
      if (check.error) r.errors.push(check.error);
      if (check.warning) r.warnings.push(check.warning);
      for (const item of r.items) {
        const key = recordKey(r.volunteer.id, item.kindId, r.date, r.place);
        const earlier = seen.get(key);
        item.duplicate = existing.has(key) || earlier !== undefined;
        if (earlier !== undefined) r.warnings.push(`ซ้ำกับ${named(earlier)} ในไฟล์ (อาสาสมัคร วันที่ ประเภท และสถานที่เดียวกัน) จึงข้าม`);
        else seen.set(key, r);
      }
    }
    return;
  }
  const cells = new Map(
    (ctx.db.prepare('SELECT volunteer_id, kind_id, date, people FROM activities WHERE whole_month = 1 AND volunteer_id IN (SELECT value FROM json_each(?))').raw().all(list) as [number, number, string, number][]).map(
      ([v, k, d, p]) => [`${v}|${k}|${d}`, p],
    ),
  );
  for (const r of rows) {
    if (r.errors.length || !r.volunteer || !r.date) continue;
    const ym = r.date.slice(0, 7);
    const earlier = seen.get(`${r.volunteer.id}|${r.date}`);
    if (earlier !== undefined) {
      r.errors.push(`${r.volunteer.name} มีแถวของเดือน${formatYearMonth(ym)}แล้ว (${named(earlier)}) รวมเป็นแถวเดียวแล้วนำเข้าอีกครั้ง`);
      continue;
    }
    seen.set(`${r.volunteer.id}|${r.date}`, r);
    const span = monthRange(Number(ym.slice(0, 4)), Number(ym.slice(5)));
    const check = checkActivityDate(standings.get(r.volunteer.id)!, span.start, span.end, `เดือน${formatYearMonth(ym)}`, today);
    if (check.error) r.errors.push(check.error);
    if (check.warning) r.warnings.push(check.warning);
    for (const item of r.items) {
      const saved = cells.get(`${r.volunteer.id}|${item.kindId}|${r.date}`);
      if (saved === undefined) continue;
      if (saved === item.people) item.duplicate = true;
      else r.errors.push(`เดือน${formatYearMonth(ym)} บันทึก "${item.kind}" ไว้แล้ว ${saved.toLocaleString('en-US')} คน แต่ในไฟล์ ${item.people.toLocaleString('en-US')} คน แก้ไขได้ที่ตารางบันทึกผลงานรายเดือน`);
    }
  }
}

function statusOf(r: AnalyzedRow): ActivityImportRowPreview['status'] {
  if (r.errors.length) return 'error';
  return r.items.length && r.items.every((i) => i.duplicate) ? 'duplicate' : 'new';
}

export function toActivityPreview(a: AnalyzedActivityImport): ActivityImportPreview {
  const rows: ActivityImportRowPreview[] = a.rows.map((r) => ({
    sheet: r.sheet,
    row: r.row,
    status: statusOf(r),
    name: r.volunteer?.name ?? r.fileName,
    nationalId: r.volunteer?.nationalId ?? r.fileId,
    district: r.volunteer?.district ?? '',
    when: !r.date ? '' : a.shape === 'table' ? formatYearMonth(r.date.slice(0, 7)) : formatThaiDateShort(r.date),
    items: r.items.map(({ kind, people, duplicate }) => ({ kind, people, duplicate })),
    errors: r.errors,
    warnings: r.warnings,
  }));
  const valid = a.rows.filter((r) => !r.errors.length).flatMap((r) => r.items);
  const count = (s: ActivityImportRowPreview['status']) => rows.filter((r) => r.status === s).length;
  return {
    fileName: a.fileName,
    sheetName: a.sheetName,
    headerRow: a.headerRow,
    columns: a.columns,
    fields: a.fields.map((f) => ({ key: f.key, label: f.label, required: false })),
    mappingProblem: a.mappingProblem,
    shape: a.shape,
    titleMonth: a.titleMonth,
    rows,
    counts: {
      total: rows.length, new: count('new'), duplicate: count('duplicate'), error: count('error'), warning: rows.filter((r) => r.warnings.length).length,
      records: valid.filter((i) => !i.duplicate).length, duplicateRecords: valid.filter((i) => i.duplicate).length,
    },
    summaryRows: a.summaryRows,
    unmapped: a.unmapped,
    sheets: sheetSummaries(a),
  };
}

function requireChecked(a: AnalyzedActivityImport): void {
  if (a.mappingProblem) throw new AppFailure('VALIDATION', a.mappingProblem, { mapping: a.mappingProblem });
}

/**
 * Writes every valid row in one transaction (docs/ARCHITECTURE.md rule 3): records as the detailed
 * form saves them, a table's counts as the monthly grid does. What is already recorded (found
 * again inside the transaction) is skipped and counted. Audits each record and the import.
 */
export function commitActivityImport(ctx: CoreContext, a: AnalyzedActivityImport, job: Job): ActivityImportResult {
  job.throwIfCancelled();
  requireChecked(a);
  const valid = a.rows.filter((r) => !r.errors.length);
  const result: ActivityImportResult = { inserted: 0, duplicates: 0, failed: a.rows.length - valid.length };
  if (!valid.some((r) => r.items.some((i) => !i.duplicate))) {
    if (valid.length) throw new AppFailure('VALIDATION', 'ทุกรายการในไฟล์นี้บันทึกไว้แล้ว ไม่มีรายการใหม่ให้นำเข้า');
    throw new AppFailure('VALIDATION', 'ไม่มีแถวที่นำเข้าได้ กรุณาแก้ไขข้อผิดพลาดในไฟล์แล้วลองอีกครั้ง');
  }
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const db = ctx.db;
    const audit = ctx.auditMany();
    const recorded = db.prepare("SELECT 1 FROM activities WHERE volunteer_id = ? AND kind_id = ? AND date = ? AND whole_month = 0 AND trim(place) = ?").pluck();
    const gridCell = db.prepare('INSERT INTO activities (volunteer_id, kind_id, date, whole_month, people, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT DO NOTHING');
    valid.forEach((r, i) => {
      if (i % CHUNK === 0) job.progress(i, valid.length, 'กำลังบันทึกผลการปฏิบัติงาน');
      const volunteerId = r.volunteer!.id;
      const date = r.date!;
      for (const item of r.items) {
        let id: number | null = null;
        if (!item.duplicate && a.shape === 'records' && !recorded.get(volunteerId, item.kindId, date, placeKey(r.place))) {
          const detail = { volunteerId, kindId: item.kindId, date, people: item.people, place: placeKey(r.place), notes: r.notes, agency: r.agency, outcome: r.outcome };
          id = insertActivity(db, detail, item.isReferral, at);
        } else if (!item.duplicate && a.shape === 'table') {
          const run = gridCell.run(volunteerId, item.kindId, date, item.people, at, at);
          if (run.changes) id = Number(run.lastInsertRowid);
        }
        if (id === null) {
          result.duplicates++;
          continue;
        }
        audit({ entity: 'activity', entityId: String(id), action: 'import', details: { file: a.fileName, sheet: r.sheet, row: r.row } });
        result.inserted++;
      }
    });
    saveMapping(ctx, MAPPING_KEY, a.columns);
    audit({ entity: 'import', entityId: null, action: 'activities', details: { file: a.fileName, sheets: a.parts.map((p) => p.sheetName), shape: a.shape, ...result } });
  })();
  job.progress(valid.length, valid.length, 'นำเข้าเสร็จแล้ว');
  return result;
}

export async function activityErrorWorkbook(a: AnalyzedActivityImport): Promise<FilePayload> {
  requireChecked(a);
  const bad = a.rows.filter((r) => r.errors.length);
  if (bad.length === 0) throw new AppFailure('NOT_FOUND', 'ไม่มีแถวที่มีข้อผิดพลาด');
  return errorRowsWorkbook(a, bad, 'ผลการปฏิบัติงาน');
}
