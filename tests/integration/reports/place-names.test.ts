import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import raw from '../../../resources/geo/th-geo.json';
import { PAYMENT_AGENCY_WIDTH } from '../../../electron/core/reports/documents/payment-evidence';
import { gridLayout, officialPage, pt } from '../../../electron/core/reports/engine/frame';
import { renderPdf } from '../../../electron/core/reports/engine/render';
import { baseDictionary, BREAK, markThaiBreaks, personName, withNames } from '../../../electron/core/reports/engine/thai-breaks';
import { seededRandom } from '../../../electron/core/volunteers/sample';
import { testEnv } from './env';
import { renderPages, savePdf } from './pdf-tools';

const geo = raw as unknown as { provinces: string[]; districts: [number, string][]; subdistricts: [number, string, string][] };

/** A cell's text and the names in it that must each stay on one line. */
interface Cell {
  text: string;
  names: string[];
}

/** Every subdistrict as `ตำบลX อำเภอY` (so every district too), and every province. */
function placeCells(): Cell[] {
  const seen = new Set<string>();
  const cells: Cell[] = [];
  for (const [di, subdistrict] of geo.subdistricts) {
    const district = geo.districts[di][1];
    const text = `ตำบล${subdistrict} อำเภอ${district}`;
    if (seen.has(text)) continue;
    seen.add(text);
    cells.push({ text, names: [subdistrict, district] });
  }
  for (const province of geo.provinces) cells.push({ text: `จังหวัด${province}`, names: [province] });
  return cells;
}

/** Syllables the word segmenter does not know as names, so it cuts names made of them (`บุญ|ญา|วงศ์`). */
const SYLLABLES = ['บุญ', 'ญา', 'วงศ์', 'กัญ', 'ณัฐ', 'ญาณ', 'วุฒิ', 'ธำ', 'รง', 'ฐิ', 'ติ', 'มา', 'เกื้อ', 'กูล', 'สม', 'บัติ', 'ศรี', 'สุ', 'วรรณ', 'รัตน์', 'พิม', 'พ์', 'ชนก', 'อัม', 'พร', 'ฟา', 'ตี', 'มะ', 'ยู', 'โซะ', 'ขำ', 'วิ', 'จิตร', 'เพ็ญ', 'แสง', 'เดือน', 'ภักดี', 'นุ้ย', 'เส็น', 'หลี'];
const TITLES = ['นาย', 'นาง', 'นางสาว'];

/** `count` person names, as a register of many surnames would hold. */
function personCells(count: number): Cell[] {
  const random = seededRandom(15);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
  const word = (parts: number) => {
    let w = '';
    // A name never starts with a mark that belongs to the letter before it.
    while (w.length === 0 || /^[\u0E30-\u0E4E]/.test(w)) w = Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
    return w;
  };
  return Array.from({ length: count }, () => {
    const given = word(2 + Math.floor(random() * 2));
    const surname = word(2 + Math.floor(random() * 3));
    return { text: `${pick(TITLES)}${given} ${surname}`, names: [given, surname] };
  });
}

/**
 * Renders the cells one per row in a column as narrow as the payment evidence's agency column,
 * reads the page text back and returns each name that a line end falls inside, as `before|after`.
 */
async function splitNames(file: string, cells: Cell[], names: string[], mark: (text: string) => string = (t) => t): Promise<string[]> {
  const env = testEnv();
  const doc = officialPage(env, {
    title: file,
    pageNumbers: false,
    content: { table: { widths: [PAYMENT_AGENCY_WIDTH], body: cells.map((c) => [mark(c.text)]) }, layout: gridLayout, fontSize: pt(env, 14) },
  });
  const path = savePdf(file, await renderPdf(doc, env.font, names));
  renderPages(path, 1, 1);
  const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 })
    .split(/\n|\f/)
    .map((l) => l.replace(/\s+/g, ''))
    .filter(Boolean);
  // Walk the lines through the cells in order: a cell spans one or more lines.
  const split: string[] = [];
  let line = 0;
  for (const cell of cells) {
    const flat = cell.text.replace(/\s+/g, '');
    let consumed = '';
    const ends: number[] = [];
    while (consumed.length < flat.length && line < lines.length) {
      consumed += lines[line++];
      ends.push(consumed.length);
    }
    expect(consumed).toBe(flat);
    for (const name of cell.names) {
      const at = flat.indexOf(name, cell.names.indexOf(name) === 0 ? 0 : flat.indexOf(cell.names[0]) + cell.names[0].length);
      for (const end of ends) if (end > at && end < at + name.length) split.push(`${flat.slice(at, end)}|${flat.slice(end, at + name.length)}`);
    }
  }
  return split;
}

describe('names are never split across lines', () => {
  it('keeps the seen place names, venue words and units whole', () => {
    const words = (text: string, names: string[] = []) => markThaiBreaks(text, withNames(baseDictionary(), names)).split(BREAK);
    expect(words('อำเภอสิงหนคร')).toEqual(['อำเภอ', 'สิงหนคร']);
    expect(words('ตำบลควนเนียง')).toEqual(['ตำบล', 'ควนเนียง']);
    expect(words('อำเภอนาหม่อม')).toEqual(['อำเภอ', 'นาหม่อม']);
    expect(words('ตำบลบางกล่ำ')).toEqual(['ตำบล', 'บางกล่ำ']);
    expect(words('อำเภอกระแสสินธุ์')).toEqual(['อำเภอ', 'กระแสสินธุ์']);
    expect(words('การบูรณาการ')).toEqual(['การ', 'บูรณาการ']);
    expect(words('สำนักงานจัดหางานจังหวัดสงขลา แนะแนวคนหางาน')).toEqual(['สำนักงาน', 'จัดหางาน', 'จังหวัด', 'สงขลา แนะแนว', 'คนหางาน']);
    expect(markThaiBreaks('ชั่วโมงละ 600 บาท')).not.toContain(BREAK);
    // The venue is the document's own name: it is laid over the base dictionary.
    expect(words('ห้องประชุมสมิหลา', ['ห้องประชุมสมิหลา โรงแรมบีพี สมิหลา บีช'])).toEqual(['ห้อง', 'ประชุม', 'สมิหลา']);
    expect(words('บุญญาวงศ์', ['นางสาวบุญญา บุญญาวงศ์'])).toEqual(['บุญญาวงศ์']);
  });

  it('every subdistrict, district and province of the dataset, in the payment evidence\'s narrowest column: 0 split', async () => {
    const cells = placeCells();
    expect(cells.length).toBeGreaterThan(7_000);
    expect(await splitNames('names-places.pdf', cells, [])).toEqual([]);
  }, 300_000);

  it('1,000 generated person names in the same column: 0 split', async () => {
    const cells = personCells(1_000);
    // Without the document's names the segmenter cuts some of them: the check bites.
    expect((await splitNames('names-people-plain.pdf', cells, [])).length).toBeGreaterThan(0);
    expect(await splitNames('names-people.pdf', cells, cells.map((c) => c.text))).toEqual([]);
    expect(await splitNames('names-people-marked.pdf', cells, [], personName)).toEqual([]);
  }, 300_000);
});
