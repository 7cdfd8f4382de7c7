import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { AppFailure } from '@shared/errors';
import { entryData, zipEntries, type ZipEntry } from './sniff';
import type { RawCell, RawRow } from './table';

/**
 * Reads an .xlsx as a stream: each worksheet's XML is inflated a chunk at a time and turned into
 * rows of plain values as it goes, so memory holds the file's bytes, one chunk of XML and the
 * rows themselves, never the whole sheet's XML or a workbook model. Limits are checked while
 * reading: a sheet too big to import is refused as soon as it is seen to be so.
 *
 * Merged cells come at the end of a sheet's XML (after its rows), so they are applied once the
 * sheet is read, as exceljs's full read does: the first cell's value over the whole area.
 */

export interface XlsxLimits {
  /** Rows holding a value, on one sheet. */
  dataRows: number;
  /** Row elements, blank or not (formatting alone makes them), on one sheet. */
  rowElements: number;
  /** Cells with a value, over all sheets. */
  cells: number;
}

/** Which limit a file went past, for the caller's Thai message. */
export class XlsxTooBig extends Error {
  constructor(readonly limit: keyof XlsxLimits) {
    super(limit);
  }
}

export interface XlsxSheet {
  name: string;
  rows: RawRow[];
}

const damaged = () => new AppFailure('BAD_FILE', 'อ่านไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย กรุณาเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx');

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Excel's own escape for characters XML cannot carry: `_x000D_`. */
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** XML's own end-of-line rule: a line break in the file's text is read as `\n`. */
const XML_LINE_BREAK = /\r\n?/g;

function decodeXml(s: string): string {
  if (s.includes('\r')) s = s.replace(XML_LINE_BREAK, '\n');
  if (s.includes('&')) {
    s = s.replace(ENTITY, (_, dec: string, hex: string, name: string) => (name ? NAMED[name] : String.fromCodePoint(parseInt(dec ?? hex, dec ? 10 : 16))));
  }
  return s.includes('_x') ? s.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
};

/**
 * A copy of a value that does not keep the XML it was cut from alive: V8 makes a substring of 13
 * or more characters a view into its parent (here a whole piece of the sheet's XML), so each
 * kept value would hold its piece, and the rows all of the sheet's XML. Concatenation then
 * slicing makes V8 copy the characters into a string of their own.
 */
const own = (s: string) => (s.length < 13 ? s : (' ' + s).slice(1));

/** The text of a rich or plain string item: its `<t>` runs, leaving out phonetic guides (`<rPh>`). */
const TEXT_RUN = /<t(?:\s[^>]*)?>([^<]*)<\/t>/g;
const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g;
function itemText(xml: string): string {
  const body = xml.includes('<rPh') ? xml.replace(PHONETIC, '') : xml;
  let out = '';
  for (const m of body.matchAll(TEXT_RUN)) out += m[1];
  return own(decodeXml(out));
}

/**
 * Streams an entry's XML in pieces that each end after a complete element named `close` (a
 * `</row>` or `</si>`), so the caller's patterns never see an element cut in two. The text after
 * the last such element comes at the end with `last` set.
 */
async function* pieces(bytes: Uint8Array, e: ZipEntry, close: string): AsyncGenerator<{ text: string; last: boolean }> {
  const data = entryData(bytes, e);
  const source = Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
  const stream = e.method === 8 ? source.pipe(zlib.createInflateRaw()) : e.method === 0 ? source : null;
  if (!stream) throw damaged();
  const utf8 = new StringDecoder('utf8');
  let carry = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = carry + utf8.write(chunk);
      const end = text.lastIndexOf(close);
      if (end < 0) {
        carry = text;
        continue;
      }
      carry = text.slice(end + close.length);
      yield { text: text.slice(0, end + close.length), last: false };
    }
  } catch (err) {
    if (err instanceof AppFailure || err instanceof XlsxTooBig) throw err;
    throw damaged();
  } finally {
    source.destroy();
  }
  yield { text: carry + utf8.end(), last: true };
}

/** A small part (workbook, relationships, styles) read whole; a part that big is not a real one. */
function smallPart(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): string {
  const e = entries.get(name);
  if (!e) return '';
  try {
    const data = entryData(bytes, e);
    const raw = e.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: 32 * 1024 * 1024 }) : data;
    return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  } catch {
    throw damaged();
  }
}

async function sharedStrings(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): Promise<string[]> {
  const e = entries.get(name);
  if (!e) return [];
  const out: string[] = [];
  const ITEM = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for await (const { text } of pieces(bytes, e, '</si>')) {
    for (const m of text.matchAll(ITEM)) out.push(m[1] === undefined ? '' : itemText(m[1]));
  }
  return out;
}

/**
 * Number formats that are dates: Excel's built-in date formats (including the Thai locale's
 * 71–81, which use the Buddhist year) and any custom format SheetJS reads as a date.
 */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81]);

/** Whether number format `id` shows a date: by its code when the workbook defines one, else as a built-in (.xlsx and .xls alike). */
export function isDateFormat(id: number, code: string | undefined): boolean {
  return code !== undefined ? XLSX.SSF.is_date(code) : BUILTIN_DATES.has(id);
}

/** For each cell style (`s="…"`), whether its number format shows a date. */
function dateStyles(styles: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (code !== undefined) custom.set(id, code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return isDateFormat(id, custom.get(id));
  });
}

/** Excel serial day numbers count from 1899-12-30 (its 1900 leap-year bug included), or 1904-01-01; read as UTC. */
export function serialDate(n: number, date1904: boolean): Date {
  return new Date(Math.round((n + (date1904 ? 1462 : 0) - 25569) * 86_400_000));
}

/** `C12` → column 2 (0-based); `AA1` → 26. */
function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    c = c * 26 + code - 64;
  }
  return c - 1;
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): Merge | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return null;
  const left = columnOf(m[1]);
  const top = Number(m[2]) - 1;
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnOf(m[3]) : left };
}

/**
 * Gives every cell of a merged area the value of its first cell, as exceljs's full read and
 * Excel's own copy do, within the rows and columns that hold data (a merge down to the sheet's
 * last row makes no rows).
 */
export function applyMerges(rows: RawRow[], merges: Merge[]): void {
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  for (const m of merges) {
    const master = rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      for (let c = m.left; c <= m.right && c < width; c++) if (r !== m.top || c !== m.left) (rows[r] ??= [])[c] = master;
    }
  }
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const ROW_NUMBER = /\sr="(\d+)"/;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
/** A cell's reference column, style and type, in one pass over its attributes. */
const CELL_ATTRS = /\s(r|s|t)="([^"]*)"/g;
const VALUE = /<v>([^<]*)<\/v>/;
const MERGE = /<mergeCell\b[^>]*\bref="([^"]+)"/g;

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  limits: XlsxLimits;
  /** Cells read so far over every sheet. */
  cells: { count: number };
}

function cellValue(type: string, style: number, body: string, ctx: SheetContext): RawCell {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(body);
    return is ? itemText(is[1]) : null;
  }
  const v = VALUE.exec(body);
  if (!v) return null;
  switch (type) {
    case 's':
      return ctx.strings[Number(v[1])] ?? null;
    case 'str':
      return own(decodeXml(v[1]));
    case 'b':
      return v[1] !== '0';
    case 'e':
      // Error values (#N/A, #REF!) carry nothing to import.
      return null;
    case 'd': {
      const d = new Date(v[1].length <= 10 ? `${v[1]}T00:00:00Z` : v[1].endsWith('Z') ? v[1] : `${v[1]}Z`);
      return Number.isNaN(d.getTime()) ? decodeXml(v[1]) : d;
    }
    default: {
      const n = Number(v[1]);
      if (!Number.isFinite(n)) return null;
      return ctx.dates[style] ? serialDate(n, ctx.date1904) : n;
    }
  }
}

async function readSheet(bytes: Uint8Array, e: ZipEntry, ctx: SheetContext): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  const merges: Merge[] = [];
  let next = 0;
  let elements = 0;
  let dataRows = 0;
  for await (const { text, last } of pieces(bytes, e, '</row>')) {
    for (const m of text.matchAll(ROW)) {
      elements++;
      if (elements > ctx.limits.rowElements) throw new XlsxTooBig('rowElements');
      const r = ROW_NUMBER.exec(m[1]);
      const index = r ? Number(r[1]) - 1 : next;
      next = index + 1;
      if (!m[2]) continue;
      const cells: RawRow = [];
      let col = 0;
      let filled = false;
      for (const c of m[2].matchAll(CELL)) {
        let at = col;
        let type = 'n';
        let style = 0;
        for (const a of c[1].matchAll(CELL_ATTRS)) {
          if (a[1] === 'r') at = columnOf(a[2]);
          else if (a[1] === 's') style = Number(a[2]);
          else type = a[2];
        }
        col = at + 1;
        const value = c[2] === undefined ? null : cellValue(type, style, c[2], ctx);
        // An empty string is no value: it neither makes a row hold data nor counts as a cell.
        if (value === null || value === '') continue;
        while (cells.length < at) cells.push(null);
        cells[at] = value;
        filled = true;
        if (++ctx.cells.count > ctx.limits.cells) throw new XlsxTooBig('cells');
      }
      if (!filled) continue;
      if (++dataRows > ctx.limits.dataRows) throw new XlsxTooBig('dataRows');
      rows[index] = cells;
    }
    // Merges follow the rows; in the last piece, after the final `</row>`.
    if (last) for (const m of text.matchAll(MERGE)) {
      const range = parseRange(m[1]);
      if (range) merges.push(range);
    }
  }
  applyMerges(rows, merges);
  return rows;
}

/** Where a relationship's target lives in the zip: relative to `xl/`, or absolute from the root. */
const partName = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).replace(/\/\.\//g, '/');

/** Every visible worksheet of the workbook, in the workbook's order, as rows of plain values. */
export async function readXlsxRows(bytes: Uint8Array, limits: XlsxLimits): Promise<XlsxSheet[]> {
  const entries = new Map(zipEntries(bytes).map((e) => [e.name, e]));
  const workbook = smallPart(bytes, entries, 'xl/workbook.xml');
  if (!workbook) throw damaged();
  const rels = smallPart(bytes, entries, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  let sharedName = 'xl/sharedStrings.xml';
  let stylesName = 'xl/styles.xml';
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    const type = attr(m[0], 'Type') ?? '';
    if (!id || !target) continue;
    targets.set(id, partName(target));
    if (type.endsWith('/sharedStrings')) sharedName = partName(target);
    if (type.endsWith('/styles')) stylesName = partName(target);
  }
  const ctx: SheetContext = {
    strings: await sharedStrings(bytes, entries, sharedName),
    dates: dateStyles(smallPart(bytes, entries, stylesName)),
    date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
    limits,
    cells: { count: 0 },
  };
  const sheets: XlsxSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const state = attr(m[0], 'state');
    if (state === 'hidden' || state === 'veryHidden') continue;
    const target = targets.get(attr(m[0], 'r:id') ?? '');
    const entry = target ? entries.get(target) : undefined;
    if (!entry) continue;
    sheets.push({ name: attr(m[0], 'name') ?? '', rows: await readSheet(bytes, entry, ctx) });
  }
  return sheets;
}
