import { AppFailure } from '@shared/errors';
import type { RawRow } from './table';

/**
 * CSV as Thai offices produce it: Excel's "CSV UTF-8" (with a BOM), plain CSV from Thai Windows
 * (Windows-874, a superset of TIS-620), UTF-16 "Unicode text" with tabs, or UTF-8 from anything else.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Thai Windows' ANSI code page. Node's ICU knows it as windows-874.
    return new TextDecoder('windows-874').decode(bytes);
  }
}

/** The delimiter that splits the first line into the most fields (comma, semicolon or tab). */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const n = firstLine.split(d).length;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 parsing: quoted fields may hold delimiters, doubled quotes and line breaks. Fields are
 * cut from the text in one piece each (never built a character at a time, which costs V8 a string
 * node per character). With a limit, stops with its `tooMany` as soon as more than `maxDataRows`
 * lines hold a value, so a huge file is refused before its rows fill memory.
 */
export function parseCsv(text: string, limit?: { maxDataRows: number; tooMany: () => never }): RawRow[] {
  const delim = guessDelimiter(text).charCodeAt(0);
  const rows: RawRow[] = [];
  let row: (string | null)[] = [];
  let dataRows = 0;
  const endRow = () => {
    if (limit && row.some((v) => v !== null && v.trim() !== '') && ++dataRows > limit.maxDataRows) limit.tooMany();
    rows.push(row);
    row = [];
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let field = '';
    // A quote opens a quoted part only at the start of a field; text after its closing quote is kept too.
    if (text.charCodeAt(i) === QUOTE) {
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) throw new AppFailure('BAD_FILE', 'ไฟล์ CSV ไม่สมบูรณ์: มีเครื่องหมายคำพูด (") ที่ไม่ได้ปิด กรุณาตรวจสอบไฟล์');
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        break;
      }
    }
    let j = i;
    for (let c = text.charCodeAt(j); j < n && c !== delim && c !== LF && c !== CR; c = text.charCodeAt(++j));
    if (j > i) field += text.slice(i, j);
    row.push(field === '' ? null : field);
    i = j;
    if (i >= n) break;
    if (text.charCodeAt(i) === delim) {
      i++;
      // A delimiter at the very end leaves one more, empty field.
      if (i >= n) row.push(null);
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRow();
  }
  if (row.length) endRow();
  return rows;
}
