import type { FilePayload } from '@shared/api';
import type { ImportColumn, ImportPreview, ImportResult, ImportRowPreview } from '@shared/api/spreadsheets';
import { AppFailure } from '@shared/errors';
import { formatThaiDateNumeric, toIso } from '@shared/thai/dates';
import { diff } from '../../audit';
import type { CoreContext } from '../../context';
import type { Job } from '../../events';
import { readSetting, writeSetting } from '../../settings/store';
import { readVolunteer, updateVolunteerRow, volunteerBulkInserter } from '../../volunteers/repository';
import { VOLUNTEER_FIELDS } from '../volunteer-fields';
import { PrintWorkbook } from '../writer';
import { applyMapping, detectHeader, rememberable } from './headers';
import { readTable, type RawCell, type RawRow } from './table';
import { checkRow, type CheckedRow } from './volunteer-rows';

/** Where the user's mapping fixes are remembered: normalised header text → field key. */
const MAPPING_KEY = 'import-mapping:volunteers';
/** Rows checked between two looks at the cancel button and progress bar. */
const CHUNK = 500;
const NO_ID_COLUMN = 'กรุณาเลือกคอลัมน์ "เลขประจำตัวประชาชน" ใช้ตรวจรายชื่อซ้ำกับทะเบียน';

interface AnalyzedRow extends CheckedRow {
  /** The register's volunteer with the same national ID. */
  existingId: number | null;
}

export interface AnalyzedImport {
  fileName: string;
  sheetName: string;
  headerRow: number;
  headers: string[];
  columns: ImportColumn[];
  mappingProblem: string | null;
  raw: RawRow[];
  rows: AnalyzedRow[];
}

function readRemembered(ctx: CoreContext): Record<string, string | null> {
  return (readSetting(ctx.db, MAPPING_KEY) as Record<string, string | null> | undefined) ?? {};
}

function saveRemembered(ctx: CoreContext, columns: ImportColumn[]): void {
  writeSetting(ctx.db, MAPPING_KEY, { ...readRemembered(ctx), ...rememberable(columns) });
}

const isBlank = (row: RawRow) => row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the file, finds the header, maps the columns and checks every row: format rules, the form's
 * schema, the geography dataset, national IDs repeated inside the file and already in the register.
 * Changes nothing. Yields between chunks so a cancel request is heard.
 */
export async function analyzeImport(
  ctx: CoreContext,
  file: FilePayload,
  mapping: Record<string, string | null> | undefined,
  job?: Job,
): Promise<AnalyzedImport> {
  job?.progress(0, 1, 'กำลังอ่านไฟล์');
  const sheets = await readTable(file.bytes);
  job?.throwIfCancelled();
  const detected = detectHeader(sheets, VOLUNTEER_FIELDS, readRemembered(ctx));
  const columns = applyMapping(detected.columns, mapping, VOLUNTEER_FIELDS);
  const headers = detected.sheet.rows[detected.headerRow].map((c) => (c === null ? '' : String(c)));
  const base = { fileName: file.name, sheetName: detected.sheet.name, headerRow: detected.headerRow + 1, headers, columns };
  // Without the ID no row can be checked for duplicates; the preview still shows the columns to fix.
  if (!columns.some((c) => c.field === 'nationalId')) return { ...base, mappingProblem: NO_ID_COLUMN, raw: [], rows: [] };
  const raw = detected.sheet.rows.slice(detected.headerRow + 1);
  const firstSeen = new Map<string, number>();
  const rows: AnalyzedRow[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (i % CHUNK === 0) {
      job?.progress(i, raw.length, 'กำลังตรวจสอบข้อมูล');
      await yieldToEventLoop();
      job?.throwIfCancelled();
    }
    if (isBlank(raw[i])) continue;
    const rowNo = detected.headerRow + 2 + i;
    const checked = checkRow(raw[i], rowNo, columns);
    const id = checked.data?.nationalId ?? '';
    if (checked.data) {
      const earlier = firstSeen.get(id);
      if (earlier !== undefined) {
        checked.errors.push(`เลขประจำตัวประชาชนซ้ำกับแถวที่ ${earlier} ในไฟล์เดียวกัน`);
        checked.data = null;
      } else {
        firstSeen.set(id, rowNo);
      }
    }
    rows.push({ ...checked, existingId: null });
  }
  if (rows.length === 0) throw new AppFailure('BAD_FILE', 'พบหัวตารางแต่ไม่มีรายชื่อใต้หัวตาราง');
  // People already in the register, found in one statement rather than one lookup per row.
  const holders = new Map(
    (ctx.db.prepare('SELECT national_id, id FROM volunteers WHERE national_id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...firstSeen.keys()])) as [string, number][]),
  );
  for (const r of rows) if (r.data) r.existingId = holders.get(r.data.nationalId) ?? null;
  job?.progress(raw.length, raw.length, 'ตรวจสอบเสร็จแล้ว');
  return { ...base, mappingProblem: null, raw, rows };
}

/** Commit and the error workbook need checked rows: a mapping without the ID is refused here. */
function requireChecked(a: AnalyzedImport): void {
  if (a.mappingProblem) throw new AppFailure('VALIDATION', a.mappingProblem, { mapping: 'ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน' });
}

function statusOf(r: AnalyzedRow): ImportRowPreview['status'] {
  if (!r.data) return 'error';
  return r.existingId === null ? 'new' : 'existing';
}

export function toPreview(a: AnalyzedImport): ImportPreview {
  const rows: ImportRowPreview[] = a.rows.map((r) => ({
    row: r.row,
    status: statusOf(r),
    name: `${r.input.title}${r.input.firstName} ${r.input.lastName}`.trim(),
    nationalId: r.input.nationalId,
    district: r.input.area.district || r.input.address.district,
    errors: r.errors,
    warnings: r.warnings,
  }));
  const count = (s: ImportRowPreview['status']) => rows.filter((r) => r.status === s).length;
  return {
    fileName: a.fileName,
    sheetName: a.sheetName,
    headerRow: a.headerRow,
    columns: a.columns,
    mappingProblem: a.mappingProblem,
    fields: VOLUNTEER_FIELDS.map((f) => ({ key: f.key, label: f.label, required: !!f.required })),
    rows,
    counts: { total: rows.length, new: count('new'), existing: count('existing'), error: count('error'), warning: rows.filter((r) => r.warnings.length).length },
  };
}

/**
 * Writes every valid row in one transaction (ARCHITECTURE.md rule 3): a failure or a cancel before
 * the write leaves the register exactly as it was. Remembers the mapping and audits each person.
 */
export function commitImport(ctx: CoreContext, a: AnalyzedImport, duplicates: 'skip' | 'update', job: Job): ImportResult {
  job.throwIfCancelled();
  requireChecked(a);
  const valid = a.rows.filter((r) => r.data);
  const result: ImportResult = { inserted: 0, updated: 0, skipped: 0, failed: a.rows.length - valid.length };
  if (valid.length === 0) throw new AppFailure('VALIDATION', 'ไม่มีแถวที่นำเข้าได้ กรุณาแก้ไขข้อผิดพลาดในไฟล์แล้วลองอีกครั้ง');
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const insert = volunteerBulkInserter(ctx.db);
    // One entry per person, all stamped with the moment of the import.
    const audit = ctx.auditMany();
    valid.forEach((r, i) => {
      if (i % CHUNK === 0) job.progress(i, valid.length, 'กำลังบันทึกลงทะเบียน');
      const data = r.data!;
      const source = { file: a.fileName, row: r.row };
      if (r.existingId === null) {
        const id = insert.add(data, at);
        audit({ entity: 'volunteer', entityId: String(id), action: 'import', details: source });
        result.inserted++;
      } else if (duplicates === 'update') {
        const before = readVolunteer(ctx.db, r.existingId);
        updateVolunteerRow(ctx.db, r.existingId, data, at);
        const after = readVolunteer(ctx.db, r.existingId);
        audit({ entity: 'volunteer', entityId: String(r.existingId), action: 'import-update', details: { ...source, changes: before && after ? diff(before, after) : {} } });
        result.updated++;
      } else {
        result.skipped++;
      }
    });
    // The new people's trigram rows and terms, all in two statements.
    insert.finish();
    saveRemembered(ctx, a.columns);
    audit({ entity: 'import', entityId: null, action: 'volunteers', details: { file: a.fileName, sheet: a.sheetName, ...result } });
  })();
  job.progress(valid.length, valid.length, 'นำเข้าเสร็จแล้ว');
  return result;
}

/** Date cells become B.E. text the importer reads back, so a fixed file imports unchanged. */
function plain(cell: RawCell): string | number | null {
  if (cell === null || typeof cell === 'number' || typeof cell === 'string') return cell;
  if (cell instanceof Date) return formatThaiDateNumeric(toIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  return String(cell);
}

/** The rows that will not import, with their original cells and what is wrong, to fix in Excel. */
export async function errorWorkbook(a: AnalyzedImport): Promise<FilePayload> {
  requireChecked(a);
  const bad = a.rows.filter((r) => !r.data);
  if (bad.length === 0) throw new AppFailure('NOT_FOUND', 'ไม่มีแถวที่มีข้อผิดพลาด');
  const wb = new PrintWorkbook();
  const firstRow = a.headerRow + 1;
  const sheet = wb.sheet<AnalyzedRow>({
    name: 'แถวที่ต้องแก้ไข',
    orientation: 'landscape',
    columns: [
      { header: 'ข้อผิดพลาด', width: 50, value: (r) => r.errors.join('\n') },
      { header: 'แถวในไฟล์เดิม', width: 10, kind: 'int', value: (r) => r.row },
      ...a.headers.map((h, i) => ({ header: h, width: Math.min(40, Math.max(10, h.length + 4)), value: (r: AnalyzedRow) => plain(a.raw[r.row - firstRow][i] ?? null) })),
    ],
  });
  for (const r of bad) sheet.add(r);
  await sheet.commit();
  const base = a.fileName.replace(/\.[^.]+$/, '') || 'รายชื่อ';
  return { name: `${base}-แถวที่ต้องแก้ไข.xlsx`, bytes: await wb.finish() };
}
