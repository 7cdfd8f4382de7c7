import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idCards, type IdCard } from '../../../electron/core/reports/documents/id-cards';
import { renderPdf } from '../../../electron/core/reports/engine/render';
import { testEnv } from './env';
import { expectTextContains, pdfPages, pdfText, renderPages, savePdf } from './pdf-tools';

/** Pixels per millimetre of the scan the marks are measured on (254 dpi). */
const PX_MM = 10;

/** The page rendered in grey at 254 dpi, as rows of 0 (black) to 255 (white). */
function scan(file: string): { width: number; at: (xMm: number, yMm: number) => number } {
  const base = file.replace(/\.pdf$/, '-measure');
  execFileSync('pdftoppm', ['-gray', '-r', String(PX_MM * 25.4), '-f', '1', '-l', '1', '-singlefile', file, base]);
  const pgm = fs.readFileSync(`${base}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by one whitespace byte.
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const pixels = pgm.subarray(header[0].length);
  return { width, at: (x, y) => pixels[Math.round(y * PX_MM) * width + Math.round(x * PX_MM)] };
}

/** Centres (mm) of the dark runs met along a line of the scan: where the cut marks cross it. */
function marksAlong(length: number, shade: (mm: number) => number): number[] {
  const centres: number[] = [];
  let start = -1;
  for (let px = 0; px <= length * PX_MM; px++) {
    const dark = px < length * PX_MM && shade(px / PX_MM) < 128;
    if (dark && start < 0) start = px;
    if (!dark && start >= 0) {
      centres.push((start + px - 1) / 2 / PX_MM);
      start = -1;
    }
  }
  return centres;
}

/** The first position (mm, in tenths) along a side where `hasInk` holds. */
function firstDark(length: number, hasInk: (mm: number) => boolean): number {
  for (let px = 0; px < length * PX_MM; px++) if (hasInk(px / PX_MM)) return px / PX_MM;
  throw new Error('a blank page');
}

const card = (i: number): IdCard => ({
  name: `นางสาวกัญญาณัฐ ญาณวุฒิ${i}`,
  area: 'ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา',
  level: 'อาสาสมัครแรงงานระดับตำบล',
  cardNo: String(100000000 + i),
  issueNo: 1,
  termStart: '2025-10-01',
  termEnd: '2028-09-30',
  photo: null,
});

describe('volunteer ID card sheet', () => {
  it('cut marks frame eight cards of 85.6 × 54 mm on each A4 sheet, each card with the emblem, name, area, term and number', async () => {
    const env = testEnv();
    const file = savePdf('id-cards-sheet.pdf', await renderPdf(idCards(Array.from({ length: 9 }, (_, i) => card(i + 1)), env), env.font));
    expect(pdfPages(file)).toBe(2);
    const first = pdfText(file).split('\f')[0];
    expectTextContains(first, ['บัตรประจำตัวอาสาสมัครแรงงาน', env.office.officeName, 'ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา', 'วาระ 1 ต.ค. 2568 – 30 ก.ย. 2571', 'เลขที่บัตร 100000008']);
    expect(first).not.toContain('100000009');
    // The emblem on every card of the sheet.
    expect(execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' }).match(/^\s*1\s+\d+\s+image\b/gm)).toHaveLength(8);

    // Across the sheet just above the first row, the vertical marks stand at the cards' left and
    // right edges; down the sheet just left of the first column, the horizontal marks at their tops
    // and bottoms. The distances between them are the card's size, as the cutter will cut it.
    const page = scan(file);
    // The marks reach further out than anything else on the sheet: 1 mm in from the outermost ink
    // a line crosses only them.
    const left = firstDark(210, (x) => marksAlong(297, (y) => page.at(x, y)).length > 0);
    const top = firstDark(297, (y) => marksAlong(210, (x) => page.at(x, y)).length > 0);
    const edgesX = marksAlong(210, (x) => page.at(x, top + 1));
    const edgesY = marksAlong(297, (y) => page.at(left + 1, y));
    expect(edgesX).toHaveLength(4);
    expect(edgesY).toHaveLength(8);
    for (const [a, b] of [[0, 1], [2, 3]]) expect(edgesX[b] - edgesX[a]).toBeCloseTo(85.6, 0);
    for (let row = 0; row < 4; row++) expect(edgesY[2 * row + 1] - edgesY[2 * row]).toBeCloseTo(54, 0);
    renderPages(file, 1, 1);
  });
});
