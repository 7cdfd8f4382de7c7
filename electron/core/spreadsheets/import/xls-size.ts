import * as XLSX from '@e965/xlsx';

/**
 * Counts what the worksheets of an Excel 97–2003 workbook hold from its BIFF records, before
 * SheetJS builds a cell object for each: a sheet too big to import is refused from this count.
 */

/** Record types of cells that carry a value (blank and formatting-only cells are left out). */
const VALUE_RECORDS = new Set([
  0x00fd, // LABELSST
  0x0204, // LABEL
  0x00d6, // RSTRING
  0x0203, // NUMBER
  0x027e, // RK
  0x00bd, // MULRK
  0x0205, // BOOLERR
  0x0006, // FORMULA
]);
const BOF = 0x0809;
const EOF = 0x000a;
const BOUNDSHEET = 0x0085;
const WORKSHEET = 0x0010;

export interface XlsSize {
  /** Rows holding a value, on the fullest sheet. */
  dataRows: number;
  /** Cell records with a value, over the visible sheets (a MULRK counts once per cell). */
  cells: number;
}

/**
 * The workbook stream's records, counted over the visible worksheets (hidden ones are not imported);
 * null when the file has no stream SheetJS would read.
 */
export function measureXls(bytes: Uint8Array): XlsSize | null {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const content = (XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book'))?.content as Uint8Array | number[] | undefined;
  if (!content) return null;
  // SheetJS gives a stream as bytes or, from some writers' files, as a plain array of numbers.
  const stream = content instanceof Uint8Array ? content : Uint8Array.from(content);
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const size: XlsSize = { dataRows: 0, cells: 0 };
  let rows: Set<number> | null = null;
  // Where each hidden sheet's records start, from the sheet list (BOUNDSHEET: position, then its state).
  const hidden = new Set<number>();
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    const data = at + 4;
    if (type === BOUNDSHEET && data + 5 <= stream.length && (view.getUint8(data + 4) & 0x03) !== 0) {
      hidden.add(view.getUint32(data, true));
    } else if (type === BOF && data + 4 <= stream.length) {
      rows = view.getUint16(data + 2, true) === WORKSHEET && !hidden.has(at) ? new Set() : null;
    } else if (type === EOF) {
      if (rows) size.dataRows = Math.max(size.dataRows, rows.size);
      rows = null;
    } else if (rows && VALUE_RECORDS.has(type) && data + 2 <= stream.length) {
      rows.add(view.getUint16(data, true));
      // MULRK: row, first column, 6 bytes per cell, last column.
      size.cells += type === 0x00bd ? Math.max(1, (length - 6) / 6) : 1;
    }
    at = data + length;
  }
  if (rows) size.dataRows = Math.max(size.dataRows, rows.size);
  return size;
}
