import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVALUATION_QUESTIONS } from '@shared/schemas/evaluation';
import { properNames } from '../../../electron/core/reports/engine/thai-breaks';
import { tempDir, testCore } from '../../helpers/core';
import { libreOfficePdfs, sofficeAvailable } from '../../helpers/spreadsheet-fixtures';
import { docxText, WORD_PROCESSOR_MARKS } from './docx-tools';
import { LETTER_OFFICE } from './letter-fixtures';
import { PROJECT_TITLE, SEMINAR_DATE } from './fixtures';
import { expectTextContains, renderPages, savePdf } from './pdf-tools';

/** Long names of people and places the word processor's own dictionary does not know. */
const PEOPLE = [
  'นางสาวกัญญาณัฐ บุญญาวงศ์ศิริ',
  'นายธำรงศักดิ์ เกื้อกูลสุวรรณรัตน์',
  'นางวิไลวรรณ ฐิติมาภักดีวงศ์',
  'นายณัฐวุฒิ ศรีสำราญพิมพ์ชนก',
  'นางสาวเพ็ญแสงเดือน ขำวิจิตรนุ้ย',
  'นายประยุทธ์ญาณ หนูนุ่มเส็นหลี',
];
const PLACES = ['ตำบลควนเนียง อำเภอควนเนียง', 'ตำบลบางกล่ำ อำเภอบางกล่ำ', 'ตำบลนาหม่อม อำเภอนาหม่อม', 'ตำบลกระแสสินธุ์ อำเภอกระแสสินธุ์', 'ตำบลชิงโค อำเภอสิงหนคร'];
const VENUE_ROOM = 'ห้องประชุมสมิหลา โรงแรมบีพี สมิหลา บีช';
const VENUE_PLACE = 'อำเภอเมืองสงขลา จังหวัดสงขลา';
const CHAIR = 'นายวิรัตน์ ศรีสำราญ';

async function seminarWithLongNames() {
  const core = testCore();
  await core.call('settings-save', LETTER_OFFICE);
  const s = await core.call('seminar-create', {
    title: PROJECT_TITLE,
    venueRoom: VENUE_ROOM,
    venuePlace: VENUE_PLACE,
    venueAddress: '',
    notes: '',
    chairName: CHAIR,
    chairPosition: 'รองผู้ว่าราชการจังหวัดสงขลา',
    reporterName: LETTER_OFFICE.headName,
    reporterPosition: LETTER_OFFICE.headPosition,
    objectives: ['เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงานในพื้นที่ตำบลควนเนียงและตำบลบางกล่ำ'],
    responsibleOfficer: 'นางสาวสุดา รักงาน',
    days: [{ date: SEMINAR_DATE, sessions: [{ start: '09:00', end: '12:00', topic: 'การบูรณาการเครือข่ายอาสาสมัครแรงงาน' }] }],
    groups: [{ name: 'อาสาสมัครแรงงาน', plannedCount: 100 }],
  });
  for (const [i, name] of PEOPLE.entries()) {
    await core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[0].id, name, position: 'อาสาสมัครแรงงาน', agency: PLACES[i % PLACES.length], phone: '' });
  }
  await core.call('budget-line-save', { seminarId: s.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 100, times: 1, rate: 120 });
  const answers = (n: number) => Object.fromEntries(EVALUATION_QUESTIONS.map((q) => [q.key, n]));
  await core.call('evaluation-save', { seminarId: s.id, formNo: 1, groupId: s.groups[0].id, answers: answers(5) });
  return { core, seminar: await core.call('seminar-get', { id: s.id }) };
}

/** An appointment order renewing the demo register's terms that end within three months of `NOW`. */
async function renewalOrder() {
  const core = testCore({ now: () => NOW });
  await core.call('demo-load', {});
  await core.call('settings-save', LETTER_OFFICE);
  const ending = await core.call('order-candidates', { kind: 'renewal', withinDays: 90 });
  const order = await core.call('order-create', { kind: 'renewal', orderNo: '1/2568', orderDate: '2025-09-15', termStart: '2025-10-01', termEnd: '2028-09-30', volunteerIds: ending.map((c) => c.id) });
  return { file: await core.call('order-document', { id: order.id, format: 'docx' }), names: ending.flatMap((c) => [c.name, c.areaDistrict]) };
}
const NOW = new Date('2025-09-01T03:00:00Z');

/** Every time `needle` occurs in `haystack`. */
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/**
 * The units of `docText` that a line end falls inside in the PDF LibreOffice made of it: each unit
 * occurs as often on single lines of the PDF as in the document, or it was split. The PDF is read
 * in drawing order (`-raw`): with `-layout` pdftotext sorts a vowel above a letter by its x, and
 * LibreOffice sets it 0.004 pt past the next letter's start, so `ฐิติมา` read `ฐิตม` + `ิ า`.
 */
function splitUnits(docText: string, pdf: string, units: string[]): string[] {
  // pdftotext sets a second mark above a letter apart (`ศักดิ ์`): no space comes before a mark.
  const flat = (t: string) => t.replaceAll(WORD_PROCESSOR_MARKS, '').replace(/\s+(?=[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])/g, '').replace(/\s+/g, ' ');
  const doc = flat(docText);
  const lines = pdf.split(/\n|\f/).map(flat);
  return units.filter((u) => lines.reduce((n, line) => n + count(line, u), 0) < count(doc, u)).map((u) => `${u}: ${count(doc, u)} in the document`);
}

describe('Word copies keep names whole', () => {
  it('marks the names, places, dates and units of a Word copy with invisible characters only', async () => {
    const { core, seminar } = await seminarWithLongNames();
    const file = savePdf('docx-breaks-marks.docx', (await core.call('report-invitation', { seminarId: seminar.id, mode: 'group', format: 'docx' })).bytes);
    const marked = docxText(file, { marks: true });
    // Inside a name no line may end; beside it, where the app breaks, one may.
    expect(marked).toContain('บุ\u2060ญ\u2060ญา\u2060ว\u2060ง\u2060ศ์\u2060ศิ\u2060ริ');
    expect(marked).toContain('ห้อง\u200Bป\u2060ระ\u2060ชุ\u2060ม\u200Bส\u2060มิ\u2060ห\u2060ลา');
    expect(marked).toContain('พ.ศ.\u2060\u00A0\u20602563');
    expect(marked).toContain('09.00\u2060\u00A0\u2060น.');
    // Nothing else of the app's own marks reaches Word, and read without the marks the text is as written.
    expect(marked).not.toMatch(/[\uE000-\uF8FF]/);
    expectTextContains(docxText(file), [...PEOPLE, VENUE_ROOM, 'พ.ศ. 2563', 'เวลา 09.00 น.']);
  });

  it.skipIf(!sofficeAvailable())('LibreOffice sets every name, place, venue and "พ.ศ. 25xx" of the .docx files on one line', async () => {
    const { core, seminar } = await seminarWithLongNames();
    const draft = await core.call('report-news-draft', { seminarId: seminar.id });
    const files = {
      invitation: await core.call('report-invitation', { seminarId: seminar.id, mode: 'group', bookNo: 'สข 0019/ว 123', date: '2020-02-20', format: 'docx' }),
      memo: await core.call('report-memo', { seminarId: seminar.id, kind: 'project', bookNo: 'สข 0019/', date: '2020-01-15', format: 'docx' }),
      news: await core.call('report-news-pdf', { seminarId: seminar.id, headline: draft.headline, body: draft.body, format: 'docx' }),
      result: await core.call('report-result', { seminarId: seminar.id, format: 'docx' }),
    };
    const order = await renewalOrder();
    const docx = Object.entries({ ...files, order: order.file }).map(([name, file]) => savePdf(`docx-breaks-${name}.docx`, file.bytes));
    const pdfs = libreOfficePdfs(docx, tempDir('asa-desk-docx-')).map((pdf) => savePdf(path.basename(pdf), fs.readFileSync(pdf)));

    const names = [...new Set([...PEOPLE, CHAIR, LETTER_OFFICE.headName, ...PLACES, VENUE_ROOM, ...order.names].flatMap(properNames))];
    const split: string[] = [];
    for (const [i, file] of docx.entries()) {
      const text = docxText(file);
      const pdf = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfs[i], '-'], { encoding: 'utf8' });
      const dates = [...new Set(text.match(/พ\.ศ\.\s\d{4}|\(\d+\.\d\)/g) ?? [])].map((d) => d.replace(/\s/, ' '));
      expect(dates.length).toBeGreaterThan(0);
      split.push(...splitUnits(text, pdf, [...names, ...dates]).map((u) => `${path.basename(file)} ${u}`));
    }
    expect(split).toEqual([]);
    for (const pdf of pdfs) renderPages(pdf, 1, 9);
  }, 240_000);
});
