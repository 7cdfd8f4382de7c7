import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isIsoDate, isoParts } from '@shared/thai/dates';

/**
 * Print-ready workbooks for the ministry (issue 7): A4, fit to one page wide, header row repeated
 * on every printed page, frozen and filterable, Thai font, explicit row heights, footer `x / y`.
 * Written with exceljs's streaming writer: each row is committed and leaves memory, so 100,000
 * volunteers never sit in a workbook model at once.
 */

/** The official font of DOMAIN.md; Excel on an office PC has it, other readers substitute. */
export const THAI_FONT = 'TH SarabunPSK';
export const FONT_SIZE = 16;
/** Sarabun's tall vowels and tone marks need more than Excel's default 15 pt row. */
export const ROW_HEIGHT = 24;
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
  /** Lines printed above the header row (report title, office, filter). */
  title?: string[];
  orientation?: 'portrait' | 'landscape';
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
    ws.columns = spec.columns.map((c, i) => ({ width: c.width, style: this.cellStyles[i] }));
    for (const line of titleLines) {
      const r = ws.addRow([line]);
      r.height = ROW_HEIGHT + 4;
      r.getCell(1).style = { font: font(true), alignment: { horizontal: 'left' } };
      // Merged across the table so the title is centred over what is printed.
      ws.mergeCells(r.number, 1, r.number, lastCol);
      r.commit();
    }
    const header = ws.addRow(spec.columns.map((c) => c.header));
    header.height = ROW_HEIGHT * 2;
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
    const r = this.ws.addRow(this.spec.columns.map((c) => toCell(c.kind, c.value(row))));
    r.height = ROW_HEIGHT;
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.style = this.cellStyles[col - 1];
    });
    r.commit();
    this.rowCount++;
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
        fitToPage: true,
        fitToWidth: 1,
        // 0 = as many pages tall as needed.
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
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
