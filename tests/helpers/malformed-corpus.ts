import zlib from 'node:zlib';
import type ExcelJS from 'exceljs';
import { badId, encodeWindows874, xlsxOf } from './spreadsheet-fixtures';

/**
 * At least 200 spreadsheets and CSVs that must not import: truncated and corrupted workbooks,
 * zips that are not workbooks and zip bombs, wrong cell types, enormous cells, formulas, wrong
 * encodings, other file types and broken CSV. No row in any of them is valid (every national ID
 * fails its check digit), so nothing may ever be committed. Deterministic: same bytes every run.
 */
export interface CorpusFile {
  label: string;
  name: string;
  bytes: Uint8Array;
}

const HEADER = ['คำนำหน้าชื่อ', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'อำเภอที่รับผิดชอบ'];
const enc = (s: string) => new TextEncoder().encode(s);

/** A small deterministic generator (mulberry32), so failures can be reproduced. */
export function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ZipEntry {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  /** Sizes written into the headers instead of the true ones (a lying zip). */
  claim?: number;
}

/** A zip written by hand, so its structure can be wrong on purpose. */
export function zipOf(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.deflate ? zlib.deflateRawSync(e.data) : Buffer.from(e.data);
    const crc = zlib.crc32(e.data);
    const size = e.claim ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const CONTENT_TYPES = enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const WORKBOOK = enc('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="a" sheetId="1"/></sheets></workbook>');

function workbookZip(sheet: Uint8Array, extra: Partial<ZipEntry> = {}): Uint8Array {
  return zipOf([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, deflate: true, ...extra },
  ]);
}

const badRows = (n: number, row: (i: number) => ExcelJS.CellValue[] = (i) => ['นาย', `ชื่อ${i}`, 'สกุล', badId(i), 'เมือง']) =>
  Array.from({ length: n }, (_, i) => row(i));

const csv = (rows: unknown[][], sep = ',') => [HEADER.join(sep), ...rows.map((r) => r.join(sep))].join('\r\n');

export async function malformedCorpus(): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  const add = (label: string, name: string, bytes: Uint8Array) => out.push({ label, name, bytes });
  const random = rng(20250314);

  const base = await xlsxOf([HEADER, ...badRows(30)]);
  for (let i = 1; i <= 40; i++) add(`truncated xlsx ${i}/41`, 'ตัด.xlsx', base.subarray(0, Math.floor((base.length * i) / 41)));
  for (let i = 0; i < 30; i++) {
    const b = base.slice();
    for (let k = 0; k < 1 + i; k++) b[Math.floor(random() * b.length)] = Math.floor(random() * 256);
    add(`corrupted xlsx ${i}`, 'เสีย.xlsx', b);
  }

  // Zips that are not (sound) workbooks, and bombs within reason.
  add('empty zip', 'a.xlsx', zipOf([]));
  add('zip without workbook', 'a.xlsx', zipOf([{ name: 'readme.txt', data: enc('hello') }]));
  add('workbook xml is garbage', 'a.xlsx', zipOf([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'xl/workbook.xml', data: enc('<<<>>>') }]));
  add('sheet xml is garbage', 'a.xlsx', workbookZip(enc('<worksheet><sheetData><row><c t="s"><v>99999</v></c></row>')));
  add('sheet xml unclosed tags', 'a.xlsx', workbookZip(enc('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x')));
  add('entry name escapes the archive', 'a.xlsx', zipOf([{ name: '../../evil.txt', data: enc('x') }, { name: 'xl/workbook.xml', data: WORKBOOK }]));
  add('5,000 tiny entries', 'a.xlsx', zipOf(Array.from({ length: 5000 }, (_, i) => ({ name: `x/${i}.xml`, data: enc('<a/>') }))));
  add('declares 4 GB unzipped', 'a.xlsx', workbookZip(enc('<worksheet/>'), { claim: 0xffffffff }));
  add('zip bomb: 60 MB of spaces in a sheet', 'a.xlsx', workbookZip(Buffer.alloc(60 * 1024 * 1024, 0x20)));
  add('lying zip: says 10 bytes, holds 30 MB', 'a.xlsx', workbookZip(Buffer.alloc(30 * 1024 * 1024, 0x41), { claim: 10 }));
  add('nested zip', 'a.xlsx', zipOf([{ name: 'inner.xlsx', data: base }]));

  // Wrong types in cells: every row still fails, no cell may crash the reader.
  const odd: ExcelJS.CellValue[] = [
    true,
    new Date(1900, 0, 1),
    { error: '#N/A' } as ExcelJS.CellErrorValue,
    { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue,
    { richText: [{ text: 'ส' }, { text: 'มชาย' }] },
    { text: 'คลิก', hyperlink: 'https://example.com' },
    1.1e12,
    -0,
    Number.MAX_SAFE_INTEGER,
    '',
    null,
    { formula: 'HYPERLINK("http://x","y")' } as ExcelJS.CellFormulaValue,
  ];
  for (let i = 0; i < odd.length; i++) {
    add(`odd cell type ${i} in every column`, 'ชนิด.xlsx', await xlsxOf([HEADER, ...badRows(5, () => HEADER.map(() => odd[i]))]));
    add(`odd cell type ${i} as the ID`, 'ชนิด.xlsx', await xlsxOf([HEADER, ...badRows(5, (r) => ['นาย', `ชื่อ${r}`, 'สกุล', odd[i], 'เมือง'])]));
  }

  // Enormous cells and shapes.
  add('5 MB cell (csv)', 'ใหญ่.csv', enc(csv([['นาย', 'ก'.repeat(5_000_000), 'ข', badId(1), 'เมือง']])));
  add('32,767-character cells (xlsx)', 'ใหญ่.xlsx', await xlsxOf([HEADER, ...badRows(3, (i) => ['นาย', 'ก'.repeat(32_767), 'ข'.repeat(32_767), badId(i), 'เมือง'])]));
  add('10,000 columns', 'กว้าง.csv', enc([[...HEADER, ...Array.from({ length: 10_000 }, (_, i) => `c${i}`)].join(','), `นาย,ก,ข,${badId(1)}`].join('\n')));
  add('100,000 commas in one row', 'กว้าง.csv', enc(`${HEADER.join(',')}\nนาย,ก,ข,${badId(1)}${','.repeat(100_000)}`));
  add('one line of 3 MB with no newline', 'ยาว.csv', enc('ก'.repeat(1_000_000)));
  add('20,000 rows of errors', 'ยาว.csv', enc(csv(badRows(20_000))));
  add('deep quoted multiline cell', 'ยาว.csv', enc(`${HEADER.join(',')}\nนาย,"${'บรรทัด\n'.repeat(50_000)}",ข,${badId(1)},เมือง`));
  add('header repeated 1,000 times', 'ซ้ำ.csv', enc(Array.from({ length: 1000 }, () => HEADER.join(',')).join('\n')));

  // Formulas and spreadsheet injection.
  const formulas = ['=cmd|\' /C calc\'!A0', '+SUM(1,2)', '-1+1', '@SUM(A1)', '=HYPERLINK("http://evil","x")', '=1/0', '\t=1', '=IMPORTXML(A1,"//a")', '=A1&A1', '=DDE("cmd","/c calc","x")'];
  for (const f of formulas) add(`formula ${f}`, 'สูตร.csv', enc(csv(badRows(5, (i) => [f, f, f, badId(i), f]))));

  // Wrong encodings.
  const thai = csv(badRows(10));
  const utf16 = (s: string, be: boolean) => {
    const b = Buffer.from(s, 'utf16le');
    if (be) b.swap16();
    return new Uint8Array(b);
  };
  add('utf-16le without BOM', 'a.csv', utf16(thai, false));
  add('utf-16be without BOM', 'a.csv', utf16(thai, true));
  add('utf-16le BOM then utf-8', 'a.csv', new Uint8Array([0xff, 0xfe, ...enc(thai)]));
  add('utf-16be BOM, odd length', 'a.csv', new Uint8Array([0xfe, 0xff, ...utf16(thai, true).subarray(0, 101)]));
  add('utf-32le', 'a.csv', new Uint8Array(Buffer.from([...thai].flatMap((ch) => [ch.codePointAt(0)! & 0xff, (ch.codePointAt(0)! >> 8) & 0xff, 0, 0]))));
  add('windows-874', 'a.csv', encodeWindows874(thai.replace(/\r/g, '')));
  add('utf-8 cut inside a character', 'a.csv', enc(thai).subarray(0, enc(thai).length - 1));
  add('invalid utf-8 sequences', 'a.csv', new Uint8Array([...enc(HEADER.join(',')), 0x0a, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]));
  add('overlong utf-8', 'a.csv', new Uint8Array([...enc(HEADER.join(',')), 0x0a, 0xc0, 0xaf, 0xe0, 0x80, 0xaf]));
  add('utf-8 BOM twice', 'a.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...enc(thai)]));
  add('only a BOM', 'a.csv', new Uint8Array([0xef, 0xbb, 0xbf]));
  add('latin-1 accents', 'a.csv', new Uint8Array(Buffer.from(`${HEADER.join(',')}\nM.,José,Müller,${badId(1)},x`, 'latin1')));
  for (let i = 0; i < 4; i++) add(`random high bytes ${i}`, 'a.csv', new Uint8Array(Array.from({ length: 2000 }, () => 0x80 + Math.floor(random() * 128))));

  // Not spreadsheets at all.
  const magic: [string, number[]][] = [
    ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['gzip', [0x1f, 0x8b, 0x08, 0, 0, 0]],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
    ['exe', [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]],
    ['sqlite', [...enc('SQLite format 3'), 0]],
    ['xls (OLE)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]],
    ['encrypted xlsx (OLE)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptedPackage', 'utf16le')]],
    ['zip magic only', [0x50, 0x4b, 0x03, 0x04]],
    ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]],
  ];
  for (const [label, head] of magic) add(label, 'ไฟล์.xlsx', new Uint8Array([...head, ...Array.from({ length: 500 }, () => Math.floor(random() * 256))]));
  add('empty file', 'a.csv', new Uint8Array());
  add('one byte', 'a.csv', new Uint8Array([0x41]));
  add('NUL bytes', 'a.csv', new Uint8Array(4096));
  add('json', 'a.csv', enc(JSON.stringify([{ ชื่อ: 'สมชาย', เลข: badId(1) }])));
  add('html table', 'a.xls', enc(`<html><table><tr>${HEADER.map((h) => `<td>${h}</td>`).join('')}</tr></table></html>`));
  add('xml', 'a.xml', enc('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><x>&b;</x>'));
  for (let i = 0; i < 8; i++) add(`random binary ${i}`, 'a.xlsx', new Uint8Array(Array.from({ length: 100 + i * 700 }, () => Math.floor(random() * 256))));

  // Broken CSV structure.
  const structures: [string, string][] = [
    ['unbalanced quote', `${HEADER.join(',')}\n"นาย,ก,ข,${badId(1)},x`],
    ['quote inside a field', `${HEADER.join(',')}\nนาย,ก"ข"ค,ง,${badId(1)},x`],
    ['only the header', HEADER.join(',')],
    ['no header', badRows(5).map((r) => r.join(',')).join('\n')],
    ['header without the ID column', `คำนำหน้าชื่อ,ชื่อ,นามสกุล\nนาย,ก,ข`],
    ['blank lines only', '\n\n\n\r\n\r\n'],
    ['commas only', ',,,,\n,,,,\n'],
    ['old Mac line ends', thai.replace(/\r\n/g, '\r')],
    ['tabs', csv(badRows(5), '\t')],
    ['semicolons', csv(badRows(5), ';')],
    ['pipes', csv(badRows(5), '|')],
    ['mixed separators', `${HEADER.join(',')}\nนาย;ก\tข|${badId(1)},x`],
    ['rows longer than the header', `${HEADER.join(',')}\n${Array.from({ length: 50 }, () => 'x').join(',')}`],
    ['ragged rows', `${HEADER.join(',')}\nนาย\nนาย,ก\nนาย,ก,ข,${badId(1)},x,y,z`],
    ['IDs with letters and Thai digits', csv([['นาย', 'ก', 'ข', '๑๒๓๔๕๖๗๘๙๐๑๒๓', 'x'], ['นาย', 'ก', 'ข', 'ABCDEFGHIJKLM', 'x']])],
    ['IDs as scientific notation', csv([['นาย', 'ก', 'ข', '1.10171E+12', 'x']])],
    ['control characters', csv(badRows(5, (i) => ['\u0001\u0002', '\u0007ก', '\u001bข', badId(i), '\u007f']))],
    ['right-to-left overrides', csv(badRows(5, (i) => ['\u202eนาย', 'ก\u200b', 'ข\ufeff', badId(i), 'x']))],
    ['surrogate halves', `${HEADER.join(',')}\nนาย,\ud800,\udc00,${badId(1)},x`],
    ['header row of formulas', `=A1,=B1,=C1,=D1\nนาย,ก,ข,${badId(1)}`],
  ];
  for (const [label, text] of structures) add(label, 'โครงสร้าง.csv', enc(text));
  for (let i = 0; i < 20; i++) {
    const lines = Array.from({ length: 20 }, () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => String.fromCharCode(...Array.from({ length: Math.floor(random() * 12) }, () => 32 + Math.floor(random() * 0x0e00)))).join(','));
    add(`random text ${i}`, 'สุ่ม.csv', enc([HEADER.join(','), ...lines].join('\n')));
  }
  return out;
}
