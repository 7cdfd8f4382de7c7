import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { signatureBlock, officialPage } from '../../../electron/core/reports/engine/frame';
import { renderPdf } from '../../../electron/core/reports/engine/render';
import { BREAK, markThaiBreaks, personName } from '../../../electron/core/reports/engine/thai-breaks';
import { testEnv } from './env';
import { expectLinesEndBetweenWords, lineEndOffsets, pdfText, renderPages, savePdf } from './pdf-tools';

/** Names whose parts the word segmenter splits (นาง|สาว, ว่าที่|ร้อย|ตรี, ญาณ|วุฒิ …). */
const NAMES = [
  'นางสาวกัญญาณัฐ ญาณวุฒิ',
  'ว่าที่ร้อยตรีหญิงเพ็ญศรี สุวรรณรัตน์',
  'นายประยุทธ์ บุญญาศิริ',
  'ว่าที่ ร.ต. สมชาย ทองดี ณ อยุธยา',
  'นางวิไลวรรณ ขำวิจิตร',
  'นายธำรง แก้วมณีรัตน์',
  'นางสาวฐิติมา เกื้อกูลสมบัติ',
  'ว่าที่ร้อยตรีอำนาจ ศรีสำราญ',
];

/** Offsets (in `names` joined without whitespace) where a line may end: between names and after a first name. */
function allowedEnds(names: string[]): Set<number> {
  const allowed = new Set<number>();
  let offset = 0;
  for (const name of names) {
    const words = name.split(' ');
    const givenWords = words.findIndex((w, i) => i === words.length - 1 || !/^(นาย|นาง|นางสาว|ว่าที่|.+\.)$/.test(w)) + 1;
    allowed.add(offset + words.slice(0, givenWords).join('').length);
    offset += words.join('').length;
    allowed.add(offset);
  }
  return allowed;
}

/** Line ends inside a name, shown as `before|after`. */
function breaksInsideNames(layout: string, names: string[], prefix = ''): string[] {
  const paragraph = prefix + names.join(' ');
  const skip = prefix.replace(/\s+/g, '').length;
  const allowed = allowedEnds(names);
  const flat = paragraph.replace(/\s+/g, '');
  return lineEndOffsets(layout, paragraph, 6)
    .filter((e) => e > skip && !allowed.has(e - skip))
    .map((e) => `${flat.slice(e - 6, e)}|${flat.slice(e, e + 6)}`);
}

async function layoutOf(file: string, content: Content): Promise<string> {
  const env = testEnv();
  const path = savePdf(file, await renderPdf(officialPage(env, { title: 'names', content }), env.font));
  renderPages(path, 1, 1);
  return pdfText(path, 'layout');
}

describe('person names are kept together', () => {
  it('leaves the only break after the first name; titles typed apart stay with it', () => {
    expect(markThaiBreaks(personName('ว่าที่ ร.ต. สมชาย ทองดี ณ อยุธยา'))).toBe('ว่าที่\u00A0ร.ต.\u00A0สมชาย ทองดี\u00A0ณ\u00A0อยุธยา');
    expect(markThaiBreaks(personName('นางสาวกัญญาณัฐ ญาณวุฒิ'))).toBe('นางสาวกัญญาณัฐ ญาณวุฒิ');
    // Text around a name is still broken between words.
    expect(markThaiBreaks(`โดยมี${personName('นายสมชาย ใจดี')}เป็นประธาน`)).toBe(`โดย${BREAK}มี${BREAK}นายสมชาย ใจดี${BREAK}เป็น${BREAK}ประธาน`);
  });

  it('in running text and in a narrow table column, no line ends between a title and the first name or inside a name', async () => {
    const prefix = 'ผู้เข้าร่วมประชุมจากหน่วยงานต่าง ๆ ประกอบด้วย ';
    const paragraph = (mark: (n: string) => string): Content => ({ text: prefix + NAMES.map(mark).join(' ') });
    const column = (mark: (n: string) => string): Content => ({ table: { widths: [110], body: NAMES.map((n) => [mark(n)]) } });
    // Without the marking the segmenter's boundaries inside names are used: the check bites.
    const plain = await layoutOf('names-plain.pdf', column((n) => n));
    expect(breaksInsideNames(plain, NAMES)).not.toEqual([]);

    const kept = await layoutOf('names-kept.pdf', column(personName));
    expect(breaksInsideNames(kept, NAMES)).toEqual([]);
    const running = await layoutOf('names-running.pdf', paragraph(personName));
    expect(breaksInsideNames(running, NAMES, prefix)).toEqual([]);
    // The names read back whole.
    for (const n of NAMES) expect(kept.replace(/\s+/g, '')).toContain(n.replace(/\s+/g, ''));
  });

  it('cuts a name wider than its whole column at a word boundary, not inside a word', async () => {
    const layout = await layoutOf('names-too-narrow.pdf', { table: { widths: [50], body: NAMES.map((n) => [personName(n)]) } });
    expect(expectLinesEndBetweenWords(layout, NAMES.join(' '), 6)).toBeGreaterThan(NAMES.length);
  });

  it('keeps dates, years and amounts with their units on one line, copied as plain spaces', async () => {
    expect(markThaiBreaks('วันที่ 13 มีนาคม 2563 เวลา 09.00 น. พ.ศ. 2563 รวม 100 คน')).toMatch(/13\u00A0มีนาคม\u00A02563.*09\.00\u00A0น\..*พ\.ศ\.\u00A02563.*100\u00A0คน/);
    const env = testEnv();
    const line = `${'ผู้เข้าร่วมโครงการสัมมนาเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน '.repeat(2)}ประจำปีงบประมาณ พ.ศ. 2563`;
    const file = savePdf('names-glued.pdf', await renderPdf(officialPage(env, { title: 'glued', content: [{ text: line }] }), env.font));
    const text = pdfText(file, 'layout');
    expect(text).toContain('พ.ศ. 2563');
    expect(text).not.toContain('\u00A0');
  });

  it('keeps the name in a signature block on its line', async () => {
    const env = testEnv();
    const layout = await layoutOf('names-signature.pdf', { columns: [{ width: 150, stack: [signatureBlock(env, { name: NAMES[1], position: 'นักวิชาการ' }, '', { align: 'center', marginTop: 0 })] }] });
    expect(layout).toMatch(/\(ว่าที่ร้อยตรีหญิงเพ็ญศรี\s*\n[\s\S]*สุวรรณรัตน์\)|\(ว่าที่ร้อยตรีหญิงเพ็ญศรี สุวรรณรัตน์\)/);
  });
});
