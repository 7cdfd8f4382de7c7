import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isIsoDate, isoParts } from '@shared/thai/dates';
import { columnPoints, rowHeightFor, textPoints, widthForPoints, wrappedLines } from './text-fit';

/**
 * Print-ready workbooks for the ministry (issue 7): A4, fit to one page wide when that stays
 * legible (else spread over pages with the name columns repeated), title rows merged and wrapped,
 * header row repeated on every printed page, frozen and filterable, Thai font, row heights that
 * follow the wrapped Thai text, footer `x / y`.
 * Written with exceljs's streaming writer: each row is committed and leaves memory, so 100,000
 * volunteers never sit in a workbook model at once.
 */

/** The official font of DOMAIN.md; Excel on an office PC has it, other readers substitute. */
export const THAI_FONT = 'TH SarabunPSK';
export const FONT_SIZE = 16;
/** A one-line row: Thai vowels and tone marks above and below need more than Excel's default 15 pt. */
export const ROW_HEIGHT = rowHeightFor(1);
/**
 * Real date cells shown in the Buddhist era with Thai month names: locale 041E (Thai), calendar
 * 07 (Thai Buddhist). LibreOffice and Excel both show `13 มีนาคม 2563` for 2020-03-13.
 */
export const BE_DATE_FORMAT = '[$-107041E]d mmmm yyyy;@';
export const MONEY_FORMAT = '#,##0.00';
export const INT_FORMAT = '#,##0';
/** Uncompressed XML allowed to wait for the zip before more rows are produced. */
const DRAIN_BYTES = 2 * 1024 * 1024;
/** ISO paper size code for A4. */
const A4 = 9;
/** Left and right page margins in inches, and the printable width of A4 between them in points. */
const MARGIN_LEFT = 0.5;
const MARGIN_RIGHT = 0.4;
const PRINTABLE_PT = { portrait: (8.27 - MARGIN_LEFT - MARGIN_RIGHT) * 72, landscape: (11.69 - MARGIN_LEFT - MARGIN_RIGHT) * 72 };
/** Below this, fitting every column on one page wide makes 16 pt text too small to read. */
const MIN_FIT_SCALE = 0.7;
/** A sheet too wide to fit legibly is printed at this scale over several pages. */
const SPREAD_SCALE = 90;
/**
 * Width of a B.E. date column: the longest date the format shows (`28 พฤศจิกายน 2565`), so no
 * "###" appears with TH SarabunPSK or a wider substitute font.
 */
/** No character of the font is wider than this at FONT_SIZE. */
const WIDEST_CHAR_PT = textPoints('W', FONT_SIZE);
export const DATE_WIDTH = widthForPoints(textPoints('28 พฤศจิกายน 2565', FONT_SIZE));

export type ColumnKind = 'text' | 'date' | 'int' | 'money';

export interface Column<R> {
  header: string;
  /** Width in characters. */
  width: number;
  kind?: ColumnKind;
  value: (row: R) => CellInput;
}

/** What a column may yield; ISO dates become date cells, formulas keep their cached result. */
export type CellInput = string | number | null | { formula: string; result: number };

export interface SheetSpec<R> {
  name: string;
  columns: Column<R>[];
  /** Lines printed above the header row (report title, office, filter), merged across the table and wrapped. */
  title?: string[];
  orientation?: 'portrait' | 'landscape';
  /**
   * The first columns that say whose row it is (number and name): repeated at the left of every
   * page when the sheet is too wide for one page.
   */
  repeatColumns?: number;
}

/** The width that shows `sample` on one line: for values of a fixed form (national IDs, phones). */
export function valueWidth(sample: string): number {
  return widthForPoints(textPoints(sample, FONT_SIZE));
}

/** The width that shows each line of a header whole (bold), for columns whose values are short. */
export function headerWidth(header: string): number {
  return Math.max(...header.split('\n').map((line) => widthForPoints(textPoints(line, FONT_SIZE, true))));
}

const widthOf = (c: { width: number; kind?: ColumnKind }) => (c.kind === 'date' ? Math.max(c.width, DATE_WIDTH) : c.width);

type Layout = Pick<SheetSpec<never>, 'orientation' | 'repeatColumns'> & { columns: { width: number; kind?: ColumnKind }[] };

/**
 * Page fit from the columns' widths: one page wide when that keeps the text at least
 * MIN_FIT_SCALE of its size; otherwise pages side by side at SPREAD_SCALE, the header row and the
 * `repeatColumns` repeated on each. `firstPage` is how many columns the first page shows.
 */
export function pageFit(spec: Layout): { setup: Partial<ExcelJS.PageSetup>; firstPage: number } {
  const widths = spec.columns.map((c) => columnPoints(widthOf(c)));
  const total = widths.reduce((a, b) => a + b, 0);
  const printable = PRINTABLE_PT[spec.orientation ?? 'portrait'];
  if (total * MIN_FIT_SCALE <= printable) return { setup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }, firstPage: widths.length };
  const repeat = spec.repeatColumns ?? 0;
  let firstPage = 0;
  for (let used = 0; firstPage < widths.length && (used += widths[firstPage]) * (SPREAD_SCALE / 100) <= printable; ) firstPage++;
  return {
    setup: { fitToPage: false, scale: SPREAD_SCALE, pageOrder: 'overThenDown', ...(repeat ? { printTitlesColumn: `A:${columnLetter(repeat)}` } : {}) },
    firstPage: Math.max(1, firstPage),
  };
}

const font = (bold = false): Partial<ExcelJS.Font> => ({ name: THAI_FONT, size: FONT_SIZE, bold });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function numFmt(kind: ColumnKind | undefined): string | undefined {
  if (kind === 'date') return BE_DATE_FORMAT;
  if (kind === 'money') return MONEY_FORMAT;
  if (kind === 'int') return INT_FORMAT;
  // National IDs, phone numbers and postcodes are text: keep Excel from turning them into numbers.
  return '@';
}

/** Serial day number of an ISO date as a UTC Date, so exceljs writes a whole number. */
export function dateCell(iso: string): Date {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Column letter of a 1-based column number (A … Z, AA …), for formulas. */
export function columnLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function toCell(kind: ColumnKind | undefined, v: CellInput): ExcelJS.CellValue {
  if (v === null || v === '') return null;
  if (kind === 'date' && typeof v === 'string' && isIsoDate(v)) return dateCell(v);
  return v;
}

/** One worksheet being streamed: rows go straight to the zip. */
export class SheetWriter<R> {
  private readonly firstDataRow: number;
  private rowCount = 0;
  /**
   * One style object per column, given to every cell of it: exceljs remembers the style id of an
   * object it has seen, where a fresh copy per cell would be serialised again (most of the time of
   * a 100,000-row export).
   */
  private readonly cellStyles: Partial<ExcelJS.Style>[];
  /** Points each wrapping column offers its text; null for numbers and dates, which never wrap. */
  private readonly wrapPoints: (number | null)[];

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly spec: SheetSpec<R>,
  ) {
    const titleLines = spec.title ?? [];
    const headerRow = titleLines.length + 1;
    this.firstDataRow = headerRow + 1;
    const lastCol = spec.columns.length;
    this.cellStyles = spec.columns.map((c) => ({
      font: font(),
      numFmt: numFmt(c.kind),
      alignment: { vertical: 'top', wrapText: c.kind === undefined || c.kind === 'text' },
      border: thin,
    }));
    ws.columns = spec.columns.map((c, i) => ({ width: widthOf(c), style: this.cellStyles[i] }));
    this.wrapPoints = spec.columns.map((c) => (c.kind === undefined || c.kind === 'text' ? columnPoints(widthOf(c)) : null));
    // Titles are merged over the columns of the first printed page (all of them when the sheet
    // fits one page wide), centred, wrapped and as tall as their lines: never cut at the right edge.
    const titleSpan = pageFit(spec).firstPage;
    const titleWidth = spec.columns.slice(0, titleSpan).reduce((n, c) => n + columnPoints(widthOf(c)), 0);
    for (const line of titleLines) {
      const r = ws.addRow([line]);
      r.height = rowHeightFor(wrappedLines(line, titleWidth, FONT_SIZE, true));
      r.getCell(1).style = { font: font(true), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
      if (titleSpan > 1) ws.mergeCells(r.number, 1, r.number, titleSpan);
      r.commit();
    }
    const header = ws.addRow(spec.columns.map((c) => c.header));
    header.height = rowHeightFor(Math.max(...spec.columns.map((c) => wrappedLines(c.header, columnPoints(widthOf(c)), FONT_SIZE, true))));
    header.eachCell((cell) => {
      cell.style = {
        font: font(true),
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } },
        border: thin,
      };
    });
    header.commit();
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: lastCol } };
    ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  }

  add(row: R): void {
    const values = this.spec.columns.map((c) => toCell(c.kind, c.value(row)));
    const r = this.ws.addRow(values);
    r.height = this.heightOf(values);
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.style = this.cellStyles[col - 1];
    });
    r.commit();
    this.rowCount++;
  }

  /** The height the row's longest wrapped text needs. */
  private heightOf(values: ExcelJS.CellValue[]): number {
    let lines = 1;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const points = this.wrapPoints[i];
      if (points !== null && typeof v === 'string' && v.length * WIDEST_CHAR_PT > points) lines = Math.max(lines, wrappedLines(v, points, FONT_SIZE));
    }
    return rowHeightFor(lines);
  }

  /**
   * Waits until the zip has caught up with the rows written. exceljs's sheet stream writes into the
   * zip without heeding back-pressure, so a long synchronous run of rows would pile up uncompressed
   * XML in memory; callers await this between pages.
   */
  async drain(): Promise<void> {
    // The pipe is a readable-stream PassThrough, which has no public writableLength.
    type Pipe = { _writableState?: { length: number } };
    const pipes = (this.ws as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes ?? [];
    const backlog = () => pipes.reduce((n, p) => n + (p._writableState?.length ?? 0), 0);
    // One turn of the event loop even when the zip keeps up: its finished chunks are released
    // here, before they live long enough to be moved to V8's old generation.
    await new Promise((resolve) => setImmediate(resolve));
    while (backlog() > DRAIN_BYTES) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  /** Row numbers of the data written so far, for SUM formulas under the table. */
  get dataRange(): { first: number; last: number } {
    return { first: this.firstDataRow, last: this.firstDataRow + this.rowCount - 1 };
  }

  /** A closing row in bold (totals); values may be formulas over `dataRange`. */
  addTotal(values: CellInput[]): void {
    const r = this.ws.addRow(values.map((v, i) => toCell(this.spec.columns[i]?.kind, v)));
    r.height = ROW_HEIGHT;
    r.eachCell((cell) => {
      cell.font = font(true);
    });
    r.commit();
  }

  async commit(): Promise<void> {
    await this.ws.commit();
  }
}

/**
 * A streamed workbook whose bytes are collected at the end (files cross the contract as bytes).
 * With `spool`, the zip goes to a scratch file in the system temp folder and is read back once at
 * the end: a big export then never holds its compressed output as thousands of chunks plus their
 * concatenation (about 80 MB less peak memory for the 100,000-row register). Call `discard` when
 * a spooled workbook will not be finished.
 */
export class PrintWorkbook {
  private readonly chunks: Buffer[] = [];
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly done: Promise<void>;
  private readonly spoolDir: string | null;
  private readonly sink: Writable;

  constructor(opts: { creator?: string; spool?: boolean } = {}) {
    let sink: Writable;
    // A discarded workbook's sink is destroyed: its end comes as 'close', not 'end' or 'finish'.
    if (opts.spool) {
      this.spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-xlsx-'));
      sink = fs.createWriteStream(path.join(this.spoolDir, 'workbook.xlsx'));
      this.done = new Promise((resolve, reject) => {
        sink.on('close', resolve);
        sink.on('error', reject);
      });
    } else {
      this.spoolDir = null;
      const pass = new PassThrough();
      pass.on('data', (c: Buffer) => this.chunks.push(c));
      this.done = new Promise((resolve, reject) => {
        pass.on('end', resolve);
        pass.on('close', resolve);
        pass.on('error', reject);
      });
      sink = pass;
    }
    this.sink = sink;
    // Shared strings would keep every distinct text in memory until the end; inline strings do not.
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
    this.wb.creator = opts.creator ?? 'Asa Desk';
  }

  sheet<R>(spec: SheetSpec<R>): SheetWriter<R> {
    const ws = this.wb.addWorksheet(spec.name, {
      pageSetup: {
        paperSize: A4,
        orientation: spec.orientation ?? 'portrait',
        // fitToHeight 0 = as many pages tall as needed.
        ...pageFit(spec).setup,
        horizontalCentered: true,
        margins: { left: MARGIN_LEFT, right: MARGIN_RIGHT, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&C&"${THAI_FONT},Regular"&14&P / &N`, evenFooter: `&C&"${THAI_FONT},Regular"&14&P / &N` },
      views: [{ state: 'frozen', xSplit: 0, ySplit: (spec.title?.length ?? 0) + 1 }],
    });
    return new SheetWriter(ws, spec);
  }

  async finish(): Promise<Uint8Array> {
    await this.wb.commit();
    await this.done;
    if (!this.spoolDir) return new Uint8Array(Buffer.concat(this.chunks));
    try {
      const b = fs.readFileSync(path.join(this.spoolDir, 'workbook.xlsx'));
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    } finally {
      fs.rmSync(this.spoolDir, { recursive: true, force: true });
    }
  }

  /** Stops a workbook that will not be finished (a cancel, an error) and removes its scratch file. */
  async discard(): Promise<void> {
    (this.wb as unknown as { zip: { abort(): void } }).zip.abort();
    this.sink.destroy();
    await this.done.catch(() => {});
    if (this.spoolDir) fs.rmSync(this.spoolDir, { recursive: true, force: true });
  }
}
