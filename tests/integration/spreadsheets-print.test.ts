import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REGISTER_COLUMNS, REGISTER_PRINT_COLUMNS } from '@shared/api/spreadsheets';
import { DATABASE_FILE } from '../../electron/core';
import { DATE_WIDTH, ROW_HEIGHT } from '../../electron/core/spreadsheets/writer';
import { fieldByKey } from '../../electron/core/spreadsheets/volunteer-fields';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { tempDir, testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { libreOfficePdf, readXlsx, sofficeAvailable } from '../helpers/spreadsheet-fixtures';
import { pdfPages, pdfText } from './reports/pdf-tools';

/**
 * Spreadsheets that print as they are (issue 15): row heights that follow the wrapped Thai text,
 * titles and headers whole, the register on A4 in the columns the clerk chose, dates that fit.
 * Read back with exceljs, and printed by LibreOffice to PDF and read with pdftotext.
 */

const LONG_NOTE = 'ย้ายที่อยู่ไปอำเภอสิงหนคร แจ้งเปลี่ยนแปลงข้อมูลเมื่อเดือนมกราคม เบอร์ใหม่ยังไม่ได้รับ ติดต่อผ่านผู้ใหญ่บ้านหมู่ที่ 4 ก่อนทุกครั้ง';
const LONG_TITLE = 'โครงการสัมมนาเชิงปฏิบัติการเพื่อพัฒนาศักยภาพเครือข่ายอาสาสมัครแรงงานจังหวัดสงขลาในการชี้เป้า คัดกรอง และส่งต่อปัญหาด้านแรงงานในพื้นที่ ประจำปีงบประมาณ พ.ศ. 2563';

function seedRegister(core: TestCore, n: number) {
  const list = generateVolunteers(n);
  list[0] = { ...list[0], notes: LONG_NOTE, termEnd: '2022-11-28', appointmentDate: '2019-02-28' };
  const db = new Database(path.join(core.dataDir, DATABASE_FILE));
  insertMany(db, list, new Date('2024-01-01T00:00:00Z'), () => 'active');
  db.close();
  return list;
}

/** Text without spaces and without Thai vowel and tone marks above or below. */
const bare = (s: string) => s.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+/g, '');

/** The same workbook with every cell font renamed (a PC without TH SarabunPSK substitutes another). */
async function withFont(xlsx: Uint8Array, font: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replaceAll('<name val="TH SarabunPSK"/>', `<name val="${font}"/>`));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('print-ready spreadsheets', () => {
  it('sizes each row to its wrapped Thai text and merges, wraps and centres the titles', async () => {
    const core = testCore();
    seedRegister(core, 3);
    const ws = (await readXlsx((await core.call('volunteer-export-xlsx', { query: {}, columns: REGISTER_PRINT_COLUMNS })).bytes)).worksheets[0];
    const heights = [4, 5, 6].map((r) => ws.getRow(r).height);
    // The level (อาสาสมัครแรงงานระดับ…) wraps in its column: no row is a one-line row of 15 or 24 pt.
    expect(Math.min(...heights)).toBeGreaterThan(ROW_HEIGHT);
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws.model.merges).toContain(`A1:${String.fromCharCode(64 + REGISTER_PRINT_COLUMNS.length + 1)}1`);
    const all = (await readXlsx((await core.call('volunteer-export-xlsx', { query: {} })).bytes)).worksheets[0];
    const withNote = [4, 5, 6].map((r) => all.getRow(r)).find((r) => r.getCell(REGISTER_COLUMNS.length + 1).value === LONG_NOTE)!;
    const others = [4, 5, 6].map((r) => all.getRow(r)).filter((r) => r !== withNote);
    expect(withNote.height).toBeGreaterThan(Math.max(...others.map((r) => r.height)));
  });

  it('offers the register columns under the importer\'s header names, so any export imports back', () => {
    for (const c of REGISTER_COLUMNS) if (c.key !== 'status') expect(fieldByKey(c.key)?.label).toBe(c.label);
  });

  it('the register prints in the chosen columns one page wide, or spreads over pages with the names repeated', async () => {
    const core = testCore();
    seedRegister(core, 3);
    const chosen = await readXlsx((await core.call('volunteer-export-xlsx', { query: {}, columns: ['nationalId', 'termEnd'] })).bytes);
    const heads = chosen.worksheets[0].getRow(3).values as unknown[];
    expect(heads.slice(1)).toEqual(['ลำดับ', 'คำนำหน้าชื่อ', 'ชื่อ', 'นามสกุล', 'เลขประจำตัวประชาชน', 'วันสิ้นสุดวาระ']);
    const print = (await readXlsx((await core.call('volunteer-export-xlsx', { query: {}, columns: REGISTER_PRINT_COLUMNS })).bytes)).worksheets[0];
    expect(print.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    const all = (await readXlsx((await core.call('volunteer-export-xlsx', { query: {} })).bytes)).worksheets[0];
    expect(all.pageSetup).toMatchObject({ fitToPage: false, scale: 90, printTitlesRow: '3:3', printTitlesColumn: 'A:D' });
    // Every date column holds `28 พฤศจิกายน 2565` whole.
    for (const c of [5, 26, 27, 28, 29].map((i) => all.getColumn(i + 1))) if (c.numFmt?.includes('mmmm')) expect(c.width).toBeGreaterThanOrEqual(DATE_WIDTH);
  });

  it.skipIf(!sofficeAvailable())('prints in LibreOffice: whole cells, titles and headers, B.E. dates without ###, header and names on every page', async () => {
    const core = testCore();
    const list = seedRegister(core, 60);
    const dir = tempDir();
    const print = await core.call('volunteer-export-xlsx', { query: {}, columns: REGISTER_PRINT_COLUMNS });
    const printPdf = libreOfficePdf(print.bytes, dir, 'print');
    const text = pdfText(printPdf);
    expect(text).toContain('ทะเบียนอาสาสมัครแรงงาน');
    expect(text).toContain('28 พฤศจิกายน 2565');
    expect(text).not.toContain('###');
    // One page wide: every page has the header of the first and the last column.
    const pages = pdfPages(printPdf);
    expect(pages).toBeGreaterThan(1);
    for (const page of text.split('\f').filter((p) => p.trim())) {
      expect(page).toContain('ลำดับ');
      expect(page).toContain('สถานะ');
    }
    // Every register row is there, the 60th included, with its whole ID.
    for (const v of [list[0], list[59]]) expect(text).toContain(v.nationalId);

    // All columns: spread over pages, each with the number and the names; the long note whole.
    const all = await core.call('volunteer-export-xlsx', { query: {} });
    const allPdf = libreOfficePdf(all.bytes, dir, 'all');
    const allText = pdfText(allPdf);
    const allPages = allText.split('\f').filter((p) => p.trim());
    expect(allPages.length).toBeGreaterThan(pages);
    for (const page of allPages) expect(page).toContain('นามสกุล');
    expect(bare(allText)).toContain(bare(LONG_NOTE));
    expect(allText).toContain('28 กุมภาพันธ์ 2562');
    expect(allText).not.toContain('###');

    // A PC without TH SarabunPSK: a wider substitute still shows every date.
    const garuda = pdfText(libreOfficePdf(await withFont(all.bytes, 'Garuda'), dir, 'garuda'));
    expect(garuda).toContain('28 พฤศจิกายน 2565');
    expect(garuda).not.toContain('###');
  }, 240_000);

  it.skipIf(!sofficeAvailable())('the attendance sheet prints its long title whole and readable session headers', async () => {
    const core = testCore();
    const ids = [];
    for (let i = 1; i <= 3; i++) ids.push((await core.call('volunteer-create', volunteer(i))).id);
    const days = [
      songkhlaSeminar.days[0],
      { date: '2020-03-14', sessions: [{ start: '09:00', end: '12:00', topic: 'ฝึกปฏิบัติ' }, { start: '13:00', end: '16:30', topic: 'สรุป' }] },
    ];
    const s = await core.call('seminar-create', { ...songkhlaSeminar, title: LONG_TITLE, days });
    await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: ids });
    const file = await core.call('seminar-attendance-xlsx', { seminarId: s.id });
    const ws = (await readXlsx(file.bytes)).worksheets[0];
    expect(ws.getRow(1).height).toBeGreaterThan(ROW_HEIGHT + 4);
    const text = pdfText(libreOfficePdf(file.bytes, tempDir()), 'layout');
    // pdftotext may put a tone mark before its vowel (ชีเ้ป้า): compared without marks.
    expect(bare(text)).toContain(bare(`รายชื่อผู้เข้าร่วมและการเข้าร่วม${LONG_TITLE}`));
    for (const h of ['13 มี.ค. 2563', '14 มี.ค. 2563', '09.00–12.00 น.', '13.00–16.00 น.', '13.00–16.30 น.']) expect(text).toContain(h);
  }, 120_000);
});
