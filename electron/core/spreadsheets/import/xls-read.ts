import * as XLSX from '@e965/xlsx';
import type { RawCell, RawRow } from './table';
import { isDateFormat, serialDate, type Merge } from './xlsx-read';

/*
 * Excel 97–2003 (.xls, BIFF8) read record by record: each cell record's value goes straight into
 * its row, and the strings are the shared-string table's own, held once. SheetJS builds an object
 * per cell first (value, type, format, style index), which for 48,000 people was the peak of an
 * import (449 MB); this reader gives the same rows without it. Records as in [MS-XLS] 2.4.
 */

export const BIFF = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  CONTINUE: 0x003c,
  BOUNDSHEET: 0x0085,
  MULRK: 0x00bd,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  MERGEDCELLS: 0x00e5,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

/** BOF's kind of substream. */
const GLOBALS = 0x0005;
export const WORKSHEET = 0x0010;
const BIFF8 = 0x0600;

/** The workbook stream of an Excel 97–2003 file (its BIFF records), or null when it has none. */
export function workbookStream(bytes: Uint8Array): Uint8Array | null {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const content = (XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book'))?.content as Uint8Array | number[] | undefined;
  if (!content) return null;
  // SheetJS gives a stream as bytes or, from some writers' files, as a plain array of numbers.
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

/** Calls `fn` with each record's type, the offset of its data and its length, in stream order. */
export function eachRecord(stream: Uint8Array, fn: (type: number, data: number, length: number) => void): void {
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = stream[at] | (stream[at + 1] << 8);
    const length = stream[at + 2] | (stream[at + 3] << 8);
    const data = at + 4;
    // A record cut short by the end of the stream is not read.
    if (data + length > stream.length) return;
    fn(type, data, length);
    at = data + length;
  }
}

/**
 * Reads across a record and its CONTINUE records as one: a string's characters that go on into a
 * CONTINUE record start there with a new flags byte (8- or 16-bit characters).
 */
class Reader {
  private part = 0;
  private at: number;
  private end: number;

  constructor(private readonly stream: Uint8Array, private readonly parts: [number, number][]) {
    [this.at, this.end] = parts[0];
  }

  private advance(): void {
    if (++this.part >= this.parts.length) throw new RangeError('BIFF record ends early');
    [this.at, this.end] = this.parts[this.part];
  }

  /** Nothing left in the record or its CONTINUE records. */
  done(): boolean {
    return this.at >= this.end && this.part === this.parts.length - 1;
  }

  u8(): number {
    while (this.at >= this.end) this.advance();
    return this.stream[this.at++];
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    while (n > 0) {
      while (this.at >= this.end) this.advance();
      const step = Math.min(n, this.end - this.at);
      this.at += step;
      n -= step;
    }
  }

  /** `count` characters, 16-bit when `wide`, else 8-bit (code points up to 255, not a code page). */
  chars(count: number, wide: boolean): string {
    let out = '';
    const buf = Buffer.from(this.stream.buffer, this.stream.byteOffset, this.stream.byteLength);
    while (count > 0) {
      if (this.at >= this.end) {
        this.advance();
        wide = (this.u8() & 0x01) !== 0;
      }
      const width = wide ? 2 : 1;
      const n = Math.min(count, Math.floor((this.end - this.at) / width));
      if (n === 0) throw new RangeError('BIFF string split inside a character');
      out += buf.toString(wide ? 'utf16le' : 'latin1', this.at, this.at + n * width);
      this.at += n * width;
      count -= n;
    }
    return out;
  }

  /** XLUnicodeString: a 16-bit count, a flags byte, the characters. */
  unicodeString(): string {
    const count = this.u16();
    const flags = this.u8();
    return count === 0 ? '' : this.chars(count, (flags & 0x01) !== 0);
  }

  /** XLUnicodeRichExtendedString, an SST entry: formatting runs and phonetic data are skipped. */
  richString(): string {
    const count = this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = count === 0 ? '' : this.chars(count, (flags & 0x01) !== 0);
    this.skip(runs * 4 + ext);
    return text;
  }
}

export interface XlsSheet {
  name: string;
  rows: RawRow[];
  merges: Merge[];
}

interface SheetEntry {
  name: string;
  visible: boolean;
  /** Offset of the sheet's BOF record in the stream. */
  at: number;
}

/** What the workbook globals give the cells: strings, which style shows a date, the date system, the sheets. */
interface Globals {
  strings: string[];
  dateStyle: boolean[];
  date1904: boolean;
  sheets: SheetEntry[];
}

/** The record at `data` with the CONTINUE records after it, as parts for a Reader. */
function partsFrom(stream: Uint8Array, data: number, length: number): [number, number][] {
  const parts: [number, number][] = [[data, data + length]];
  for (let at = data + length; at + 4 <= stream.length; ) {
    const type = stream[at] | (stream[at + 1] << 8);
    const len = stream[at + 2] | (stream[at + 3] << 8);
    if (type !== BIFF.CONTINUE || at + 4 + len > stream.length) break;
    parts.push([at + 4, at + 4 + len]);
    at += 4 + len;
  }
  return parts;
}

const u16 = (s: Uint8Array, at: number) => s[at] | (s[at + 1] << 8);

/** Reads the globals substream; null when the workbook is not BIFF8 or is encrypted. */
function readGlobals(stream: Uint8Array): Globals | null {
  if (u16(stream, 0) !== BIFF.BOF || u16(stream, 4) !== BIFF8 || u16(stream, 6) !== GLOBALS) return null;
  const g: Globals = { strings: [], dateStyle: [], date1904: false, sheets: [] };
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let encrypted = false;
  let done = false;
  eachRecord(stream, (type, data, length) => {
    if (done) return;
    switch (type) {
      case BIFF.EOF:
        done = true;
        break;
      case BIFF.FILEPASS:
        encrypted = true;
        break;
      case BIFF.DATEMODE:
        g.date1904 = u16(stream, data) === 1;
        break;
      case BIFF.FORMAT: {
        const r = new Reader(stream, partsFrom(stream, data, length));
        const id = r.u16();
        formats.set(id, r.unicodeString());
        break;
      }
      case BIFF.XF:
        styleFormats.push(u16(stream, data + 2));
        break;
      case BIFF.BOUNDSHEET: {
        const r = new Reader(stream, [[data, data + length]]);
        const at = r.u32();
        const state = r.u8() & 0x03;
        const kind = r.u8();
        const count = r.u8();
        const name = r.chars(count, (r.u8() & 0x01) !== 0);
        // Worksheets only: charts, macro sheets and VB modules hold no table.
        if (kind === 0) g.sheets.push({ name, visible: state === 0, at });
        break;
      }
      case BIFF.SST: {
        const r = new Reader(stream, partsFrom(stream, data, length));
        r.skip(4);
        const unique = r.u32();
        // A count larger than the strings there (some writers) ends with the strings.
        for (let i = 0; i < unique && !r.done(); i++) g.strings.push(r.richString());
        break;
      }
    }
  });
  if (encrypted) return null;
  g.dateStyle = styleFormats.map((id) => isDateFormat(id, formats.get(id)));
  return g;
}

/** Where an RK's 30 bits are made a double again. */
const RK_DOUBLE = new DataView(new ArrayBuffer(8));

/** RK: a 30-bit integer or the high 30 bits of a double, either maybe divided by 100. */
function rkValue(view: DataView, at: number): number {
  const rk = view.getInt32(at, true);
  let n: number;
  if (rk & 0x02) n = rk >> 2;
  else {
    RK_DOUBLE.setInt32(0, 0, true);
    RK_DOUBLE.setInt32(4, rk & ~0x03, true);
    n = RK_DOUBLE.getFloat64(0, true);
  }
  return rk & 0x01 ? n / 100 : n;
}

/** One worksheet's cells from its BOF at `start` to its EOF; embedded charts (their own BOF…EOF) are passed over. */
function readSheet(stream: Uint8Array, view: DataView, start: number, g: Globals): { rows: RawRow[]; merges: Merge[] } {
  const rows: RawRow[] = [];
  const merges: Merge[] = [];
  const put = (row: number, col: number, value: RawCell) => {
    (rows[row] ??= [])[col] = value;
  };
  const number = (n: number, style: number): RawCell => (g.dateStyle[style] ? serialDate(n, g.date1904) : n);
  // A formula whose cached result is text: the STRING record after it holds that text.
  let pending: [number, number] | null = null;
  let depth = 0;
  let at = start;
  while (at + 4 <= stream.length) {
    const type = u16(stream, at);
    const length = u16(stream, at + 2);
    const data = at + 4;
    if (data + length > stream.length) break;
    at = data + length;
    if (type === BIFF.BOF) {
      depth++;
      continue;
    }
    if (type === BIFF.EOF) {
      if (--depth === 0) break;
      continue;
    }
    if (depth !== 1) continue;
    const row = u16(stream, data);
    const col = u16(stream, data + 2);
    const style = u16(stream, data + 4);
    switch (type) {
      case BIFF.LABELSST:
        put(row, col, g.strings[view.getUint32(data + 6, true)] ?? null);
        break;
      case BIFF.LABEL:
      case BIFF.RSTRING: {
        const r = new Reader(stream, partsFrom(stream, data, length));
        r.skip(6);
        put(row, col, r.unicodeString());
        break;
      }
      case BIFF.NUMBER:
        put(row, col, number(view.getFloat64(data + 6, true), style));
        break;
      case BIFF.RK:
        put(row, col, number(rkValue(view, data + 6), style));
        break;
      case BIFF.MULRK: {
        const last = u16(stream, data + length - 2);
        for (let c = col, p = data + 4; c <= last && p + 6 <= data + length - 2; c++, p += 6) put(row, c, number(rkValue(view, p + 2), u16(stream, p)));
        break;
      }
      case BIFF.BOOLERR:
        // An error value (#N/A, #DIV/0!) is no value.
        put(row, col, stream[data + 7] === 0 ? stream[data + 6] !== 0 : null);
        break;
      case BIFF.FORMULA:
        if (u16(stream, data + 12) !== 0xffff) put(row, col, number(view.getFloat64(data + 6, true), style));
        else {
          const kind = stream[data + 6];
          if (kind === 0) pending = [row, col];
          else if (kind === 1) put(row, col, stream[data + 8] !== 0);
          else if (kind === 3) put(row, col, '');
        }
        break;
      case BIFF.STRING:
        if (pending) {
          put(pending[0], pending[1], new Reader(stream, partsFrom(stream, data, length)).unicodeString());
          pending = null;
        }
        break;
      case BIFF.MERGEDCELLS: {
        const count = row;
        for (let i = 0, p = data + 2; i < count && p + 8 <= data + length; i++, p += 8) {
          merges.push({ top: u16(stream, p), bottom: u16(stream, p + 2), left: u16(stream, p + 4), right: u16(stream, p + 6) });
        }
        break;
      }
    }
  }
  // Cells never written (blank ones) are null, as the other readers give them.
  for (const r of rows) if (r) for (let c = 0; c < r.length; c++) r[c] ??= null;
  return { rows, merges };
}

/**
 * Every worksheet of a BIFF8 workbook stream, hidden ones included (the caller decides), with its
 * rows as cells hold them: text, numbers, booleans, dates for number cells shown as dates (in UTC),
 * formulas as their last calculated value, and the merged areas. Null when the stream is not
 * BIFF8 (Excel 5/95 and older) or is encrypted, which SheetJS reads instead.
 */
export function readBiff8(stream: Uint8Array): (XlsSheet & { visible: boolean })[] | null {
  const g = readGlobals(stream);
  if (!g) return null;
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  return g.sheets.map((s) => {
    const isSheet = s.at + 8 <= stream.length && u16(stream, s.at) === BIFF.BOF && u16(stream, s.at + 6) === WORKSHEET;
    return { name: s.name, visible: s.visible, ...(isSheet ? readSheet(stream, view, s.at, g) : { rows: [], merges: [] }) };
  });
}
