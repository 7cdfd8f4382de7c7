import { BIFF, eachRecord, WORKSHEET } from './xls-read';

/**
 * Counts what the worksheets of an Excel 97–2003 workbook hold from its BIFF records, before a
 * row is made: a sheet too big to import is refused from this count.
 */

/** Record types of cells that carry a value (blank and formatting-only cells are left out). */
const VALUE_RECORDS = new Set<number>([BIFF.LABELSST, BIFF.LABEL, BIFF.RSTRING, BIFF.NUMBER, BIFF.RK, BIFF.MULRK, BIFF.BOOLERR, BIFF.FORMULA]);

export interface XlsSize {
  /** Rows holding a value, on the fullest sheet. */
  dataRows: number;
  /** Cell records with a value, over the visible sheets (a MULRK counts once per cell). */
  cells: number;
}

/** The workbook stream's records, counted over the visible worksheets (hidden ones are not imported). */
export function measureXls(stream: Uint8Array): XlsSize {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const size: XlsSize = { dataRows: 0, cells: 0 };
  let rows: Set<number> | null = null;
  // Where each hidden sheet's records start, from the sheet list (BOUNDSHEET: position, then its state).
  const hidden = new Set<number>();
  eachRecord(stream, (type, data, length) => {
    if (type === BIFF.BOUNDSHEET && length >= 5 && (view.getUint8(data + 4) & 0x03) !== 0) {
      hidden.add(view.getUint32(data, true));
    } else if (type === BIFF.BOF && length >= 4) {
      rows = view.getUint16(data + 2, true) === WORKSHEET && !hidden.has(data - 4) ? new Set() : null;
    } else if (type === BIFF.EOF) {
      if (rows) size.dataRows = Math.max(size.dataRows, rows.size);
      rows = null;
    } else if (rows && VALUE_RECORDS.has(type) && length >= 2) {
      rows.add(view.getUint16(data, true));
      // MULRK: row, first column, 6 bytes per cell, last column.
      size.cells += type === BIFF.MULRK ? Math.max(1, (length - 6) / 6) : 1;
    }
  });
  if (rows) size.dataRows = Math.max(size.dataRows, (rows as Set<number>).size);
  return size;
}
