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

/** RFC 4180 parsing: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string): RawRow[] {
  const delim = guessDelimiter(text);
  const rows: RawRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row.map((v) => (v === '' ? null : v)));
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delim) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
    i++;
  }
  if (quoted) throw new AppFailure('BAD_FILE', 'ไฟล์ CSV ไม่สมบูรณ์: มีเครื่องหมายคำพูด (") ที่ไม่ได้ปิด กรุณาตรวจสอบไฟล์');
  if (field !== '' || row.length) endRow();
  return rows;
}
