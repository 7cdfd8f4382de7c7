import type { FilePayload } from '@shared/api';
import type { ImportPerson, ImportPreview, ImportResult, ImportRowPreview, ImportRowRef } from '@shared/api/spreadsheets';
import { fullName, type Volunteer, type VolunteerData } from '@shared/schemas/volunteer';
import { AppFailure } from '@shared/errors';
import type { CoreContext } from '../../context';
import type { Job } from '../../events';
import { readOfficeSettings } from '../../settings/service';
import { volunteerBulkInserter, volunteerReader, volunteerRowUpdater } from '../../volunteers/repository';
import { fieldByKey, VOLUNTEER_FIELDS } from '../volunteer-fields';
import { CHUNK, eachDataRow, errorRowsWorkbook, readImportSheet, rowKey, rowNamer, saveMapping, sheetSummaries, withoutRows, type ImportSheet } from './pipeline';
import { checkRow, placeWarnings, type CheckedRow } from './volunteer-rows';
import { updatedPerson } from './volunteer-update';

/** Where the user's mapping fixes are remembered: normalised header text → field key. */
const MAPPING_KEY = 'import-mapping:volunteers';
const NO_ID_COLUMN = 'กรุณาเลือกคอลัมน์ "เลขประจำตัวประชาชน" ใช้ตรวจรายชื่อซ้ำกับทะเบียน';

/**
 * What is kept of a checked row: the little the preview shows, and the checked person only when
 * committing. A 48,000-person file was otherwise held three times over (cells, form input, checked
 * data) and its preview passed 400 MB.
 */
interface AnalyzedRow extends ImportRowRef {
  name: string;
  nationalId: string;
  district: string;
  /** The register's rules are met: the row imports. */
  valid: boolean;
  /** The checked person, kept when committing. */
  data: VolunteerData | null;
  /** Who the file says this is (valid rows), to compare with the register's holder of the ID. */
  who: (ImportPerson & { key: string }) | null;
  errors: string[];
  warnings: string[];
  /** The area of responsibility was taken from the home address. */
  areaFromAddress: boolean;
  /** Lines the row adds to the notes (kept where an update needs them). */
  kept: string[];
  /** Fields the import filled in itself (kept where an update needs them). */
  derived: string[];
  /** The home address names a subdistrict or district (an area could be taken from it). */
  homePlace: boolean;
  /** The register's volunteer with the same national ID. */
  existingId: number | null;
  conflict: ImportRowPreview['conflict'];
  /** Preview: an update would write nothing for this person. */
  unchanged: boolean;
  addressUpdate: ImportRowPreview['addressUpdate'];
}

/** What the caller does with the checked rows, and so what each keeps. */
export type ImportPurpose = 'preview' | 'commit' | 'errors';

/** What the register holds under an ID, to tell an update from a different person. */
interface Holder {
  id: number;
  person: ImportPerson;
  /** First and last name without spaces: a title or a spacing change is not another person. */
  key: string;
}

export interface AnalyzedImport extends ImportSheet {
  mappingProblem: string | null;
  rows: AnalyzedRow[];
  summaryRows: number;
  areaFromAddress: ImportPreview['areaFromAddress'];
}

const nameKey = (p: { firstName: string; lastName: string }) => `${p.firstName}${p.lastName}`.replace(/\s+/g, '');

/** The same ID with another name or another birth date: shown side by side, never overwritten silently. */
function conflictOf(holder: Holder, who: ImportPerson & { key: string }): ImportRowPreview['conflict'] {
  const file = { name: who.name, birthDate: who.birthDate };
  const nameDiffers = holder.key !== who.key;
  const birthDiffers = !!holder.person.birthDate && !!file.birthDate && holder.person.birthDate !== file.birthDate;
  return nameDiffers || birthDiffers ? { register: holder.person, file } : null;
}

/**
 * Reads the file, finds the header, maps the columns and checks every row: format rules, the form's
 * schema, the geography dataset, national IDs repeated inside the file and already in the register.
 * Changes nothing. Each row is cut down at once to what `purpose` needs and its cells are let go
 * (kept only for a row with errors when the error workbook is asked for), so a person is never
 * held twice. Yields between chunks so a cancel request is heard.
 */
export async function analyzeImport(
  ctx: CoreContext,
  file: FilePayload,
  { mapping, skipSheets = [], areaFromAddress, purpose }: { mapping?: Record<string, string | null>; skipSheets?: string[]; areaFromAddress: boolean; purpose: ImportPurpose },
  job?: Job,
): Promise<AnalyzedImport> {
  const sheet = await readImportSheet(ctx, file, VOLUNTEER_FIELDS, MAPPING_KEY, { mapping, skipSheets }, job);
  const { columns } = sheet;
  const hasArea = columns.some((c) => c.field?.startsWith('area.'));
  // Without the ID no row can be checked for duplicates; the preview still shows the columns (and the sheets) to fix.
  const idColumn = columns.find((c) => c.field === 'nationalId')?.index;
  const problem = idColumn === undefined ? NO_ID_COLUMN : sheet.problem;
  if (idColumn === undefined || problem) return { ...sheet, mappingProblem: problem, parts: withoutRows(sheet), rows: [], summaryRows: 0, areaFromAddress: null };
  const options = { areaFromAddress: !hasArea && areaFromAddress, officeProvince: readOfficeSettings(ctx.db).province };
  const firstSeen = new Map<string, ImportRowRef>();
  const rows: AnalyzedRow[] = [];
  // The preview tells a person an update would change from one it would leave as is, so it keeps
  // the checked person of those already in the register (and only theirs) until compared.
  const registered = purpose === 'preview' ? new Set(ctx.db.prepare('SELECT national_id FROM volunteers').pluck().all() as string[]) : null;
  const named = rowNamer(sheet);
  const summaryRows = await eachDataRow(sheet, idColumn, job, (cells, at) => {
    const checked = checkRow(cells, at.row, columns, options);
    const id = checked.data?.nationalId ?? '';
    if (checked.data) {
      // Across sheets too: a person listed under two districts is one person.
      const earlier = firstSeen.get(id);
      if (earlier !== undefined) {
        checked.errors.push(`เลขประจำตัวประชาชนซ้ำกับ${named(earlier)} ในไฟล์เดียวกัน`);
        checked.data = null;
      } else {
        firstSeen.set(id, at);
      }
    }
    rows.push(compact(checked, at.sheet, purpose === 'commit' || !!(checked.data && registered?.has(id))));
    return !checked.data && purpose === 'errors';
  });
  if (rows.length === 0) throw new AppFailure('BAD_FILE', 'พบหัวตารางแต่ไม่มีรายชื่อใต้หัวตาราง');
  // People already in the register, found in one statement rather than one lookup per row.
  const found = ctx.db
    .prepare('SELECT national_id, id, title, first_name, last_name, birth_date FROM volunteers WHERE national_id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify([...firstSeen.keys()])) as [string, number, string, string, string, string | null][];
  const holders = new Map<string, Holder>(
    found.map(([nid, id, title, firstName, lastName, birthDate]) => [nid, { id, person: { name: fullName({ title, firstName, lastName }), birthDate }, key: nameKey({ firstName, lastName }) }]),
  );
  const read = volunteerReader(ctx.db);
  for (const r of rows) {
    const holder = r.who && holders.get(r.nationalId);
    if (!holder || !r.who) continue;
    r.existingId = holder.id;
    r.conflict = conflictOf(holder, r.who);
    if (purpose === 'preview' && r.data && !r.conflict) {
      const { person, changes, warnings } = updatedPerson(read(holder.id)!, r.data, r);
      r.unchanged = Object.keys(changes).length === 0;
      const address = changes.address as [Volunteer['address'], Volunteer['address']] | undefined;
      r.addressUpdate = address ? { register: address[0], file: address[1] } : null;
      r.warnings = updateWarnings(r, person, warnings);
    }
    if (purpose === 'preview') r.data = null;
  }
  const fromAddress = rows.filter((r) => r.areaFromAddress).length;
  return {
    ...sheet, mappingProblem: null, rows, summaryRows,
    areaFromAddress: hasArea ? null : { applied: areaFromAddress, count: areaFromAddress ? fromAddress : rows.filter((r) => r.homePlace).length },
  };
}

/**
 * A registered person's row warns of what an update would write, not of the file's places alone:
 * a district given without its subdistrict and province is no warning where the register's
 * complete it, and a place the update leaves in part is said once, by the update's own warning.
 */
function updateWarnings(r: AnalyzedRow, person: VolunteerData, update: string[]): string[] {
  const ofFile = new Set(placeWarnings(r.data!, r.areaFromAddress));
  const said = (w: string) => update.some((u) => u.startsWith(w.slice(0, w.indexOf(':') + 1)));
  const ofUpdate = placeWarnings(person, r.areaFromAddress).filter((w) => !said(w));
  return [...r.warnings.filter((w) => !ofFile.has(w)), ...ofUpdate, ...update];
}

/** The usual `kept`: one shared empty list rather than one per row. */
const NONE: string[] = [];

/** A checked row cut down to what is needed: the form input goes, the person stays only when `keep` (to commit, or to compare with the register). */
function compact(c: CheckedRow, sheet: string, keep: boolean): AnalyzedRow {
  const { input, data } = c;
  return {
    sheet,
    row: c.row,
    name: `${input.title}${input.firstName} ${input.lastName}`.trim(),
    nationalId: input.nationalId,
    district: input.area.district || input.address.district,
    valid: !!data,
    data: keep ? data : null,
    who: data && { name: fullName(data), birthDate: data.birthDate, key: nameKey(data) },
    errors: c.errors,
    warnings: c.warnings,
    areaFromAddress: c.areaFromAddress,
    kept: keep && c.kept.length ? c.kept : NONE,
    derived: keep && c.derived.length ? c.derived : NONE,
    homePlace: !!(input.address.subdistrict || input.address.district),
    existingId: null,
    conflict: null,
    unchanged: false,
    addressUpdate: null,
  };
}

/** Commit and the error workbook need checked rows: a mapping without the ID, or sheets over the row limit, are refused here. */
function requireChecked(a: AnalyzedImport): void {
  if (!a.mappingProblem) return;
  throw new AppFailure('VALIDATION', a.mappingProblem, a.mappingProblem === NO_ID_COLUMN ? { mapping: 'ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน' } : { skipSheets: 'แผ่นงานที่เลือกรวมกันเกินจำนวนแถวที่นำเข้าได้' });
}

function statusOf(r: AnalyzedRow): ImportRowPreview['status'] {
  if (!r.valid) return 'error';
  if (r.existingId === null) return 'new';
  return r.unchanged ? 'unchanged' : 'existing';
}

export function toPreview(a: AnalyzedImport): ImportPreview {
  const rows: ImportRowPreview[] = a.rows.map((r) => ({
    sheet: r.sheet,
    row: r.row,
    status: statusOf(r),
    name: r.name,
    nationalId: r.nationalId,
    district: r.district,
    errors: r.errors,
    warnings: r.warnings,
    conflict: r.conflict,
    addressUpdate: r.addressUpdate,
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
    counts: {
      total: rows.length, new: count('new'), existing: count('existing'), unchanged: count('unchanged'), error: count('error'),
      warning: rows.filter((r) => r.warnings.length).length, conflict: rows.filter((r) => r.conflict).length,
    },
    summaryRows: a.summaryRows,
    unmapped: a.unmapped,
    areaFromAddress: a.areaFromAddress,
    updateFields: updateFields(a),
    sheets: sheetSummaries(a),
  };
}

/**
 * What an update takes from the file: the mapped columns (the ID only matches). The area taken
 * from the home address fills only people without one.
 */
function updateFields(a: AnalyzedImport): string[] {
  const labels = a.columns.flatMap((c) => (c.field && c.field !== 'nationalId' ? [fieldByKey(c.field)?.label ?? c.field] : []));
  if (a.areaFromAddress?.applied && a.areaFromAddress.count > 0) labels.push('พื้นที่รับผิดชอบ (เฉพาะคนที่ยังไม่มี)');
  return labels;
}

/**
 * Writes every valid row in one transaction (docs/ARCHITECTURE.md rule 3): a failure or a cancel before
 * the write leaves the register exactly as it was. Remembers the mapping and audits each person.
 */
export function commitImport(ctx: CoreContext, a: AnalyzedImport, duplicates: 'skip' | 'update', conflictUpdates: ImportRowRef[], job: Job): ImportResult {
  // A conflicting row is written only where the clerk chose the file's data for it.
  const resolved = new Set(conflictUpdates.map(rowKey));
  job.throwIfCancelled();
  requireChecked(a);
  const valid = a.rows.filter((r) => r.valid);
  const result: ImportResult = { inserted: 0, updated: 0, skipped: 0, unchanged: 0, failed: a.rows.length - valid.length };
  if (valid.length === 0) throw new AppFailure('VALIDATION', 'ไม่มีแถวที่นำเข้าได้ กรุณาแก้ไขข้อผิดพลาดในไฟล์แล้วลองอีกครั้ง');
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const insert = volunteerBulkInserter(ctx.db);
    const read = volunteerReader(ctx.db);
    const update = volunteerRowUpdater(ctx.db);
    // One entry per person, all stamped with the moment of the import.
    const audit = ctx.auditMany();
    valid.forEach((r, i) => {
      if (i % CHUNK === 0) job.progress(i, valid.length, 'กำลังบันทึกลงทะเบียน');
      const data = r.data!;
      const source = { file: a.fileName, sheet: r.sheet, row: r.row };
      if (r.existingId === null) {
        const id = insert.add(data, at);
        audit({ entity: 'volunteer', entityId: String(id), action: 'import', details: source });
        result.inserted++;
      } else {
        // Only what the file carries changes; a person it leaves as they are gets no write, no entry, and is counted unchanged.
        const { person, changes } = updatedPerson(read(r.existingId)!, data, r);
        if (!Object.keys(changes).length) {
          result.unchanged++;
        } else if (r.conflict ? resolved.has(rowKey(r)) : duplicates === 'update') {
          update(r.existingId, person, at);
          audit({ entity: 'volunteer', entityId: String(r.existingId), action: 'import-update', details: { ...source, changes } });
          result.updated++;
        } else {
          result.skipped++;
        }
      }
    });
    // The new people's trigram rows and terms, all in two statements.
    insert.finish();
    saveMapping(ctx, MAPPING_KEY, a.columns);
    audit({ entity: 'import', entityId: null, action: 'volunteers', details: { file: a.fileName, sheets: a.parts.map((p) => p.sheetName), ...result } });
  })();
  job.progress(valid.length, valid.length, 'นำเข้าเสร็จแล้ว');
  return result;
}

/** The rows that will not import, with their original cells and what is wrong, to fix in Excel. */
export async function errorWorkbook(a: AnalyzedImport): Promise<FilePayload> {
  requireChecked(a);
  const bad = a.rows.filter((r) => !r.valid);
  if (bad.length === 0) throw new AppFailure('NOT_FOUND', 'ไม่มีแถวที่มีข้อผิดพลาด');
  return errorRowsWorkbook(a, bad, 'รายชื่อ');
}
