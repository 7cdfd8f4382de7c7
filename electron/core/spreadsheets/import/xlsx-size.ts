import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { AppFailure } from '@shared/errors';
import { entryData, zipEntries } from './sniff';

/** What the worksheets of an .xlsx hold, counted from their XML before any of it is parsed. */
export interface XlsxSize {
  /** Rows with at least one value, on the fullest sheet. */
  dataRows: number;
  /** Row elements (with or without values), on the fullest sheet. */
  rowElements: number;
  /** Cells with a value, over all sheets. */
  cells: number;
}

// One pattern for the three tags that matter; tags are ASCII, so a latin1 view of UTF-8 finds them.
const TAGS = /<row\b[^>]*?(\/?)>|<\/row>|<(?:v|is)>/g;

/**
 * Streams one worksheet's XML through inflate (a few MB at a time, never the whole part) and
 * counts its rows and cells, stopping as soon as `stop` says the file is too big.
 */
async function scanSheet(compressed: Uint8Array, method: number, stop: (s: XlsxSize) => boolean, size: XlsxSize): Promise<void> {
  const source = Readable.from([Buffer.from(compressed.buffer, compressed.byteOffset, compressed.byteLength)]);
  const stream = method === 8 ? source.pipe(zlib.createInflateRaw()) : source;
  let carry = '';
  let inRow = false;
  let rowHasData = false;
  let rows = 0;
  let elements = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = carry + chunk.toString('latin1');
      // A tag cut by the chunk boundary waits for the next chunk.
      const cut = text.lastIndexOf('<');
      const body = cut < 0 ? text : text.slice(0, cut);
      carry = cut < 0 ? '' : text.slice(cut);
      for (const m of body.matchAll(TAGS)) {
        const tag = m[0];
        if (tag.startsWith('<row')) {
          elements++;
          inRow = m[1] !== '/';
          rowHasData = false;
        } else if (tag === '</row>') {
          if (rowHasData) rows++;
          inRow = false;
        } else if (tag === '<v>' || tag === '<is>') {
          if (inRow && !rowHasData) rowHasData = true;
          size.cells++;
        }
      }
      size.dataRows = Math.max(size.dataRows, rows);
      size.rowElements = Math.max(size.rowElements, elements);
      if (stop(size)) return;
    }
  } catch {
    throw new AppFailure('BAD_FILE', 'ไฟล์ Excel เสียหายหรือไม่สมบูรณ์ กรุณาเปิดใน Excel แล้วบันทึกใหม่');
  } finally {
    source.destroy();
  }
}

/** Counts every worksheet of the workbook; stops early once `stop` is true. */
export async function measureXlsx(bytes: Uint8Array, stop: (s: XlsxSize) => boolean): Promise<XlsxSize> {
  const size: XlsxSize = { dataRows: 0, rowElements: 0, cells: 0 };
  for (const e of zipEntries(bytes)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    await scanSheet(entryData(bytes, e), e.method, stop, size);
    if (stop(size)) break;
  }
  return size;
}
