import { AppFailure } from '@shared/errors';
import type { ImportColumn } from '@shared/api/spreadsheets';
import { formatThaiDateNumeric, toIso } from '@shared/thai/dates';
import { fromThaiDigits } from '@shared/thai/digits';
import type { RawCell, RawSheet } from './table';

/** A field a column can fill, with the header names offices use for it (Thai and English). */
export interface FieldDef {
  key: string;
  label: string;
  aliases: string[];
  /** A row cannot be imported without it: a sheet that lacks its column is not read with the others. */
  required?: boolean;
}

/** How a header is compared: case, spaces, punctuation and remarks in brackets do not matter. */
export function normalizeHeader(text: string): string {
  return fromThaiDigits(text)
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s._\-/*:#'"]/g, '');
}

/** Lists usually start within the first rows, under a title or two. */
const HEADER_SCAN_ROWS = 30;
/** Values shown beside each column while the user checks the mapping. */
const SAMPLES = 3;

/** A cell as the user would recognise it: date cells in B.E., long text cut short. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return formatThaiDateNumeric(toIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  const s = (typeof cell === 'number' && Number.isInteger(cell) ? cell.toFixed(0) : String(cell)).replace(/\s+/g, ' ').trim();
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function samplesOf(rows: RawSheet['rows'], headerRow: number, index: number): string[] {
  const out: string[] = [];
  for (let r = headerRow + 1; r < rows.length && out.length < SAMPLES; r++) {
    const text = cellText(rows[r][index] ?? null);
    if (text) out.push(text);
  }
  return out;
}

export interface DetectedTable {
  sheet: RawSheet;
  headerRow: number;
  columns: ImportColumn[];
}

function aliasIndex(fields: FieldDef[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const f of fields) for (const a of [f.label, f.key, ...f.aliases]) index.set(normalizeHeader(a), f.key);
  return index;
}

/**
 * Maps one header row: a remembered choice for the same header wins, then the alias lists. Each
 * field is taken by one column at most (the first), so duplicates stay for the user to resolve.
 */
export function mapHeaders(headers: string[], fields: FieldDef[], remembered: Record<string, string | null> = {}): ImportColumn[] {
  const index = aliasIndex(fields);
  const known = new Set(fields.map((f) => f.key));
  const taken = new Set<string>();
  return headers.map((header, i) => {
    const norm = normalizeHeader(header);
    const rememberedField = Object.hasOwn(remembered, norm) ? remembered[norm] : undefined;
    let field = rememberedField !== undefined ? rememberedField : (index.get(norm) ?? null);
    if (field && (!known.has(field) || taken.has(field))) field = null;
    if (field) taken.add(field);
    return { index: i, header, field, samples: [] };
  });
}

function headerText(row: RawSheet['rows'][number] | undefined): string[] {
  return (row ?? []).map((c) => (c === null ? '' : c instanceof Date ? '' : String(c).replace(/\s+/g, ' ').trim()));
}

/**
 * A two-row header as offices draw it: "ที่อยู่" merged over บ้านเลขที่ … จังหวัด in the row below,
 * "ชื่อ-สกุล" merged down over both rows. Each column takes the lower row's name, or the upper
 * one's where the lower is empty; both together where they name a field so (`known`), as
 * ตำบล under a "พื้นที่รับผิดชอบ" group is the area's, not a second home subdistrict.
 */
function stacked(upper: string[], lower: string[], known: (header: string) => boolean): string[] {
  const n = Math.max(upper.length, lower.length);
  return Array.from({ length: n }, (_, i) => {
    const both = upper[i] && lower[i] && upper[i] !== lower[i] ? `${upper[i]} ${lower[i]}` : '';
    return both && known(both) ? both : lower[i] || upper[i] || '';
  });
}

/** A sheet's best header row (alone or with the row above it): the one whose cells name the most known fields. */
function sheetHeader(sheet: RawSheet, fields: FieldDef[], remembered: Record<string, string | null>): { table: DetectedTable; score: number } | null {
  let best: DetectedTable | null = null;
  let bestScore = 0;
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  const index = aliasIndex(fields);
  const known = (header: string) => index.has(normalizeHeader(header));
  for (let r = 0; r < limit; r++) {
    const own = headerText(sheet.rows[r]);
    const candidates = r > 0 ? [own, stacked(headerText(sheet.rows[r - 1]), own, known)] : [own];
    for (const headers of candidates) {
      const columns = mapHeaders(headers, fields, remembered);
      const score = columns.filter((c) => c.field).length;
      if (score > bestScore) [best, bestScore] = [{ sheet, headerRow: r, columns }, score];
    }
  }
  // Fewer than two recognised names is not a list we understand.
  if (!best || bestScore < 2) return null;
  const { headerRow } = best;
  return { table: { ...best, columns: best.columns.map((c) => ({ ...c, samples: samplesOf(sheet.rows, headerRow, c.index) })) }, score: bestScore };
}

const NO_HEADER = 'ไม่พบแถวหัวตารางที่รู้จัก กรุณาให้แถวแรกของตารางมีชื่อคอลัมน์ เช่น คำนำหน้า ชื่อ นามสกุล เลขประจำตัวประชาชน';

/** Finds the header row: of the first rows of every sheet, the one whose cells name the most known fields. */
export function detectHeader(sheets: RawSheet[], fields: FieldDef[], remembered: Record<string, string | null> = {}): DetectedTable {
  return detectTables(sheets, fields, remembered).main;
}

/** Why a sheet of the workbook is not read with the main one, in the clerk's words. */
export const BLANK_SHEET = 'แผ่นงานว่าง';
export const NO_MATCHING_HEADER = 'ไม่พบหัวตารางที่ตรงกัน';

/** A sheet of the workbook and how it stands beside the main table. */
export interface SheetFinding {
  sheet: RawSheet;
  /** Its header, when it maps the same fields as the main table's. */
  table: DetectedTable | null;
  /** For each column of the main table, the column of this sheet that holds the same thing (-1: none); null for the main sheet itself. */
  columnOf: number[] | null;
  /** Why it is left out (null when it joins the main table). */
  reason: string | null;
  /** Headers of this sheet's columns with data that have no column in the main table. */
  unmapped: string[];
  /** Fields (labels) the main table imports that this sheet has no column for: blank on its rows. */
  blank: string[];
}

const fieldSet = (t: DetectedTable) => new Set(t.columns.flatMap((c) => (c.field ? [c.field] : [])));

/**
 * The main table's columns found on another sheet whose header maps the same fields: by the same
 * header text first, then by the field the clerk chose for it or the one its header names,
 * whatever their order on that sheet.
 */
function matchColumns(main: DetectedTable, detected: DetectedTable, other: DetectedTable): number[] {
  const used = new Set<number>();
  const take = (c: ImportColumn | undefined) => {
    if (!c) return -1;
    used.add(c.index);
    return c.index;
  };
  const byText = main.columns.map((m) => {
    const text = normalizeHeader(m.header);
    return text ? take(other.columns.find((o) => !used.has(o.index) && normalizeHeader(o.header) === text)) : -1;
  });
  return byText.map((at, i) => {
    if (at >= 0) return at;
    for (const field of [main.columns[i].field, detected.columns[i].field]) {
      const c = field ? other.columns.find((o) => !used.has(o.index) && o.field === field) : undefined;
      if (c) return take(c);
    }
    return -1;
  });
}

/**
 * A workbook with one sheet per district: the main table is the sheet whose header names the most
 * known fields (the first such sheet on a tie), its columns as the clerk mapped them (`mapping`),
 * and every other sheet whose header maps the same fields (its header on any row, its columns in
 * any order) joins it. Blank sheets and sheets that are something else (a summary, notes) are
 * left out, each with its reason.
 */
export function detectTables(
  sheets: RawSheet[],
  fields: FieldDef[],
  remembered: Record<string, string | null> = {},
  mapping?: Record<string, string | null>,
): { main: DetectedTable; sheets: SheetFinding[] } {
  const found = sheets.map((sheet) => ({ sheet, header: sheet.rows.some((r) => r.some((c) => cellText(c))) ? sheetHeader(sheet, fields, remembered) : null }));
  let best: (typeof found)[number] | null = null;
  for (const f of found) if (f.header && (!best || f.header.score > best.header!.score)) best = f;
  if (!best) throw new AppFailure('BAD_FILE', NO_HEADER);
  // A column the clerk mapped by hand ("เลข ปชช.") matches another sheet's known header ("เลขบัตร").
  const detected = best.header!.table;
  const main = { ...detected, columns: applyMapping(detected.columns, mapping, fields) };
  const wanted = fieldSet(main);
  const label = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  return {
    main,
    sheets: found.map(({ sheet, header }): SheetFinding => {
      const none = { sheet, table: null, columnOf: null, unmapped: [], blank: [] };
      if (sheet === main.sheet) return { ...none, table: main, reason: null };
      if (!sheet.rows.some((r) => r.some((c) => cellText(c)))) return { ...none, reason: BLANK_SHEET };
      if (!header) return { ...none, reason: NO_MATCHING_HEADER };
      // It joins when every column the main table imports is found on it and every column it
      // names a field for has its counterpart in the main table.
      const columnOf = matchColumns(main, detected, header.table);
      const matched = new Set(columnOf);
      const missing = main.columns.flatMap((c, i) => (c.field && columnOf[i] < 0 ? [c.field] : []));
      const extra = header.table.columns.flatMap((c) => (c.field && !matched.has(c.index) ? [c.field] : []));
      // A list close to the main one is told what differs; a summary or other table is just not one.
      const close = wanted.size - missing.length >= wanted.size / 2;
      // The same list without a column or two the others have (no phone column in one district's
      // sheet) is read with them, those cells blank on its rows, unless a row cannot do without one.
      const blankable = close && !extra.length && !missing.some((key) => fields.find((f) => f.key === key)?.required);
      if (extra.length || (missing.length && !blankable)) {
        const differs = [missing.length && `ไม่มี ${missing.map(label).join(', ')}`, extra.length && `มีเพิ่ม ${extra.map(label).join(', ')}`].filter(Boolean).join(' และ');
        const reason = close ? `${NO_MATCHING_HEADER} (คอลัมน์ต่างจากแผ่นงาน '${main.sheet.name}': ${differs}) หากเป็นรายชื่อชุดเดียวกัน กรุณาแก้หัวตารางให้ตรงกันแล้วเลือกไฟล์อีกครั้ง` : NO_MATCHING_HEADER;
        return { ...none, reason };
      }
      return { sheet, table: header.table, columnOf, reason: null, unmapped: unmappedColumns(header.table.columns.filter((c) => !matched.has(c.index))), blank: missing.map(label) };
    }),
  };
}

/** A running number ("ลำดับ", "No.") carries nothing to import, so it is not worth a notice. */
const SEQUENCE_HEADERS = new Set(['ลำดับ', 'ลำดับที่', 'ที่', 'no', 'number', 'item', 'seq', 'order'].map(normalizeHeader));

/** A column of a running number that fills no field. */
export const isNumbering = (c: ImportColumn) => !c.field && SEQUENCE_HEADERS.has(normalizeHeader(c.header));

/** Columns with a header and data that fill no field: named in a notice so nothing is dropped unseen. */
export function unmappedColumns(columns: ImportColumn[]): string[] {
  return columns.filter((c) => !c.field && c.header.trim() && c.samples.length && !isNumbering(c)).map((c) => c.header);
}

/** Applies the user's corrected mapping (column index → field) over the detected one. */
export function applyMapping(columns: ImportColumn[], mapping: Record<string, string | null> | undefined, fields: FieldDef[]): ImportColumn[] {
  if (!mapping) return columns;
  const known = new Set(fields.map((f) => f.key));
  const out = columns.map((c) => {
    const chosen = Object.hasOwn(mapping, String(c.index)) ? mapping[String(c.index)] : c.field;
    return { ...c, field: chosen && known.has(chosen) ? chosen : null };
  });
  const seen = new Map<string, string>();
  for (const c of out) {
    if (!c.field) continue;
    const other = seen.get(c.field);
    if (other !== undefined) {
      const label = fields.find((f) => f.key === c.field)?.label ?? c.field;
      throw new AppFailure('VALIDATION', `เลือก "${label}" ให้มากกว่าหนึ่งคอลัมน์ (${other} และ ${c.header}) กรุณาเลือกเพียงคอลัมน์เดียว`, {
        [`mapping.${c.index}`]: 'ซ้ำกับคอลัมน์อื่น',
      });
    }
    seen.set(c.field, c.header);
  }
  return out;
}

/** What to remember for next time: header text → field, as the user left it. */
export function rememberable(columns: ImportColumn[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of columns) if (c.header.trim()) out[normalizeHeader(c.header)] = c.field;
  return out;
}
