import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { tempDir, testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { libreOfficeCsv, readXlsx, sofficeAvailable } from '../helpers/spreadsheet-fixtures';

const day = (date: string): Input<'seminar-create'>['days'] => [{ date, sessions: [{ start: '09:00', end: '12:00', topic: 'บรรยาย' }] }];

/**
 * Register: เมืองสงขลา 3 (two แกนนำ, one resigned), หาดใหญ่ 2 (one with no level), one with no
 * district. FY 2563: one seminar with the two หาดใหญ่ volunteers, one เมืองสงขลา volunteer and a
 * walk-in; FY 2564 and a cancelled FY 2563 seminar must not count.
 */
async function seed(core: TestCore) {
  const make = async (n: number, district: string, level: string) =>
    (await core.call('volunteer-create', { ...volunteer(n, district, district ? 'บ่อยาง' : ''), level, area: { subdistrict: '', district, province: district ? 'สงขลา' : '' } })).id;
  const city = [await make(1, 'เมืองสงขลา', 'แกนนำ'), await make(2, 'เมืองสงขลา', 'แกนนำ'), await make(3, 'เมืองสงขลา', 'ระดับตำบล')];
  const hatyai = [await make(4, 'หาดใหญ่', 'ระดับตำบล'), await make(5, 'หาดใหญ่', '')];
  await make(6, '', 'ระดับตำบล');
  await core.call('volunteer-status-change', { id: city[2], status: 'resigned', date: '2024-01-01', reason: 'ย้ายที่อยู่' });

  const held = await core.call('seminar-create', { ...songkhlaSeminar, days: day('2020-03-13') });
  const group = held.groups[2].id;
  await core.call('participant-add-volunteers', { seminarId: held.id, groupId: group, volunteerIds: [city[0], ...hatyai] });
  await core.call('participant-add-walkin', { seminarId: held.id, groupId: held.groups[0].id, name: 'นายแขก ผู้มาเยือน', position: '', agency: 'จัดหางาน', phone: '' });
  const detail = await core.call('seminar-get', { id: held.id });
  const session = detail.days[0].sessions[0].id;
  const byName = (first: string) => detail.participants.find((p) => p.name.includes(first))!.id;
  for (const who of ['สมหมาย1', 'สมหมาย4', 'แขก']) await core.call('attendance-mark', { sessionId: session, participantId: byName(who), status: 'present' });
  await core.call('attendance-mark', { sessionId: session, participantId: byName('สมหมาย5'), status: 'absent' });

  const later = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อบรมปีถัดไป', days: day('2020-11-02') });
  await core.call('participant-add-volunteers', { seminarId: later.id, groupId: later.groups[2].id, volunteerIds: city });
  const cancelled = await core.call('seminar-create', { ...songkhlaSeminar, title: 'โครงการที่ยกเลิก', days: day('2020-04-01') });
  await core.call('participant-add-volunteers', { seminarId: cancelled.id, groupId: cancelled.groups[2].id, volunteerIds: hatyai });
  await core.call('seminar-set-status', { id: cancelled.id, status: 'cancelled' });
}

/**
 * Rows from the header down, as plain values (formulas as their cached results). exceljs's reader
 * drops a cached `<v>0</v>` of a formula (the file has it), so a formula without a result reads 0.
 */
function table(ws: ExcelJS.Worksheet, headerRow = 3): unknown[][] {
  const out: unknown[][] = [];
  for (let r = headerRow; r <= ws.actualRowCount; r++) {
    // Array.from fills the holes exceljs leaves for empty cells.
    const values = Array.from((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1));
    out.push(values.map((v) => (v && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : (v ?? null))));
  }
  return out;
}

describe('summary by district', () => {
  it('counts volunteers per status and level, and the fiscal year\'s seminars and attendance', async () => {
    const core = testCore();
    await core.call('settings-save', { ...(await core.call('settings-get', {})), officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา' });
    await seed(core);
    const file = await core.call('district-summary-xlsx', { fiscalYear: 2563 });
    expect(file.name).toBe('สรุปรายอำเภอ-ปีงบประมาณ-2563.xlsx');
    const wb = await readXlsx(file.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ตามสถานะ', 'ตามระดับ', 'การเข้าร่วมรายอำเภอ', 'โครงการ']);
    const [status, level, attendance, seminars] = wb.worksheets;

    expect(String(status.getCell('A1').value)).toBe('จำนวนอาสาสมัครแรงงานรายอำเภอ จำแนกตามสถานะ จังหวัดสงขลา');
    expect(table(status)).toEqual([
      ['อำเภอ/เขต (พื้นที่รับผิดชอบ)', 'ปฏิบัติหน้าที่', 'พ้นวาระ', 'ลาออก', 'เสียชีวิต', 'พ้นสภาพ', 'รวม'],
      ['เมืองสงขลา', 2, 0, 1, 0, 0, 3],
      ['หาดใหญ่', 2, 0, 0, 0, 0, 2],
      ['ไม่ระบุอำเภอ', 1, 0, 0, 0, 0, 1],
      ['รวมทั้งสิ้น', 5, 0, 1, 0, 0, 6],
    ]);
    // Each row total sums its own row; the closing row sums the column.
    expect(status.getCell('G4').value).toEqual({ formula: 'SUM(B4:F4)', result: 3 });
    expect(status.getCell('B7').value).toEqual({ formula: 'SUM(B4:B6)', result: 5 });
    expect(status.pageSetup.printTitlesRow).toBe('3:3');
    expect(status.autoFilter).toBeTruthy();

    // Active volunteers only; the resigned ระดับตำบล of เมืองสงขลา is not counted.
    expect(table(level)).toEqual([
      ['อำเภอ/เขต (พื้นที่รับผิดชอบ)', 'แกนนำ', 'ระดับตำบล', 'ไม่ระบุระดับ', 'รวม'],
      ['เมืองสงขลา', 2, 0, 0, 2],
      ['หาดใหญ่', 0, 1, 1, 2],
      ['ไม่ระบุอำเภอ', 0, 1, 0, 1],
      ['รวมทั้งสิ้น', 2, 2, 1, 5],
    ]);

    expect(String(attendance.getCell('A1').value)).toContain('ปีงบประมาณ 2563');
    expect(table(attendance)).toEqual([
      ['อำเภอ/เขต ของผู้เข้าร่วม', 'จำนวนโครงการ', 'ลงทะเบียน (คน-ครั้ง)', 'เข้าร่วมจริง (คน-ครั้ง)', 'อสร. ที่เข้าร่วม (คน)'],
      ['เมืองสงขลา', 1, 1, 1, 1],
      ['หาดใหญ่', 1, 2, 1, 1],
      // No register district to count distinct people by: the cell is left blank.
      ['ผู้เข้าร่วมอื่น (เจ้าหน้าที่ แขก ไม่อยู่ในทะเบียน)', 1, 1, 1],
      // One seminar, whichever districts its people came from (it was summed to one per district).
      ['รวมทั้งสิ้น', 1, 4, 3, 2],
    ]);

    expect(table(seminars)).toEqual([
      ['ลำดับ', 'ชื่อโครงการ', 'วันที่เริ่ม', 'สถานะ', 'เป้าหมาย (คน)', 'ลงทะเบียน (คน)', 'เข้าร่วม (คน)'],
      [1, songkhlaSeminar.title, new Date('2020-03-13T00:00:00Z'), 'วางแผน', 100, 4, 3],
      [null, 'รวม 1 โครงการ', null, null, 100, 4, 3],
    ]);
    expect(seminars.getCell('C4').numFmt).toBe('[$-107041E]d mmmm yyyy;@');
    expect(seminars.getCell('F5').value).toEqual({ formula: 'SUM(F4:F4)', result: 4 });
  });

  it('writes an empty year with zero totals, and refuses a year that is not B.E.', async () => {
    const core = testCore();
    const wb = await readXlsx((await core.call('district-summary-xlsx', { fiscalYear: 2568 })).bytes);
    expect(table(wb.worksheets[0])).toEqual([
      ['อำเภอ/เขต (พื้นที่รับผิดชอบ)', 'ปฏิบัติหน้าที่', 'พ้นวาระ', 'ลาออก', 'เสียชีวิต', 'พ้นสภาพ', 'รวม'],
      ['รวมทั้งสิ้น', 0, 0, 0, 0, 0, 0],
    ]);
    const r = await core.dispatch('district-summary-xlsx', { fiscalYear: 2025 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('พ.ศ.') } });
  });

  it.skipIf(!sofficeAvailable())('LibreOffice computes the totals and shows the date in B.E. (needs soffice)', async () => {
    const core = testCore();
    await seed(core);
    const file = await core.call('district-summary-xlsx', { fiscalYear: 2563 });
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(file.bytes);
    // Without cached results LibreOffice must compute every SUM itself.
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      zip.file(name, (await zip.file(name)!.async('string')).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1'));
    }
    const sheets = libreOfficeCsv(await zip.generateAsync({ type: 'uint8array' }), tempDir());
    expect(sheets['ตามสถานะ']).toContain('\nรวมทั้งสิ้น,5,0,1,0,0,6');
    expect(sheets['การเข้าร่วมรายอำเภอ']).toContain('\nรวมทั้งสิ้น,1,4,3,2');
    expect(sheets['โครงการ']).toContain('13 มีนาคม 2563');
  });
});
