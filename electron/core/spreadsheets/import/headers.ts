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
 * one's where the lower is empty (a merged cell's text sits in its first cell only).
 */
function stacked(upper: string[], lower: string[]): string[] {
  const n = Math.max(upper.length, lower.length);
  return Array.from({ length: n }, (_, i) => lower[i] || upper[i] || '');
}

/**
 * Finds the header row: of the first rows of every sheet, the one (alone or with the row above it)
 * whose cells name the most known fields. Fewer than two recognised names is not a list we understand.
 */
export function detectHeader(sheets: RawSheet[], fields: FieldDef[], remembered: Record<string, string | null> = {}): DetectedTable {
  let best: DetectedTable | null = null;
  let bestScore = 0;
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
    for (let r = 0; r < limit; r++) {
      const own = headerText(sheet.rows[r]);
      const candidates = r > 0 ? [own, stacked(headerText(sheet.rows[r - 1]), own)] : [own];
      for (const headers of candidates) {
        const columns = mapHeaders(headers, fields, remembered);
        const score = columns.filter((c) => c.field).length;
        if (score > bestScore) [best, bestScore] = [{ sheet, headerRow: r, columns }, score];
      }
    }
  }
  if (!best || bestScore < 2) {
    throw new AppFailure(
      'BAD_FILE',
      'ไม่พบแถวหัวตารางที่รู้จัก กรุณาให้แถวแรกของตารางมีชื่อคอลัมน์ เช่น คำนำหน้า ชื่อ นามสกุล เลขประจำตัวประชาชน',
    );
  }
  const { sheet, headerRow } = best;
  return { ...best, columns: best.columns.map((c) => ({ ...c, samples: samplesOf(sheet.rows, headerRow, c.index) })) };
}

/** A running number ("ลำดับ", "No.") carries nothing to import, so it is not worth a notice. */
const SEQUENCE_HEADERS = new Set(['ลำดับ', 'ลำดับที่', 'ที่', 'no', 'number', 'item', 'seq', 'order'].map(normalizeHeader));

/** Columns with a header and data that fill no field: named in a notice so nothing is dropped unseen. */
export function unmappedColumns(columns: ImportColumn[]): string[] {
  return columns.filter((c) => !c.field && c.header.trim() && c.samples.length && !SEQUENCE_HEADERS.has(normalizeHeader(c.header))).map((c) => c.header);
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
