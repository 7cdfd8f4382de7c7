import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { tempDir, testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { libreOfficeCsv, readXlsx, sofficeAvailable } from '../helpers/spreadsheet-fixtures';

const days: Input<'seminar-create'>['days'] = [
  { date: '2020-03-13', sessions: [{ start: '09:00', end: '12:00', topic: 'เปิดงาน' }, { start: '13:00', end: '16:00', topic: 'บรรยาย' }] },
];

/** Three volunteers in the volunteer group: two present in the morning, one in the afternoon too. */
async function seed(core: TestCore) {
  const ids = [];
  for (let i = 1; i <= 3; i++) ids.push((await core.call('volunteer-create', volunteer(i))).id);
  const s = await core.call('seminar-create', { ...songkhlaSeminar, days });
  const volunteerGroup = s.groups[2];
  await core.call('participant-add-volunteers', { seminarId: s.id, groupId: volunteerGroup.id, volunteerIds: ids });
  const detail = await core.call('seminar-get', { id: s.id });
  const [morning, afternoon] = detail.days[0].sessions;
  const [p1, p2, p3] = detail.participants;
  await core.call('attendance-mark', { sessionId: morning.id, participantId: p1.id, status: 'present' });
  await core.call('attendance-mark', { sessionId: morning.id, participantId: p2.id, status: 'present' });
  await core.call('attendance-mark', { sessionId: afternoon.id, participantId: p2.id, status: 'present' });
  await core.call('attendance-mark', { sessionId: afternoon.id, participantId: p3.id, status: 'absent' });
  await core.call('budget-line-save', { seminarId: s.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 100, times: 1, rate: 300, actualAmount: 27_000 });
  await core.call('budget-line-save', { seminarId: s.id, category: 'snack', description: 'อาหารว่างและเครื่องดื่ม', quantity: 100, times: 2, rate: 35.5, actualAmount: null });
  return { seminar: detail, volunteerGroup };
}

describe('seminar spreadsheets', () => {
  it('lists participants with a column per session and totals per group', async () => {
    const core = testCore();
    const { seminar, volunteerGroup } = await seed(core);
    const file = await core.call('seminar-attendance-xlsx', { seminarId: seminar.id });
    const wb = await readXlsx(file.bytes);
    const [people, groups] = wb.worksheets;
    expect(people.name).toBe('ผู้เข้าร่วม');
    expect(String(people.getRow(1).getCell(1).value)).toContain(songkhlaSeminar.title);
    expect(people.getRow(2).getCell(1).value).toContain('13 มีนาคม 2563');
    expect(people.getRow(3).values).toEqual([undefined, 'ลำดับ', 'ชื่อ-นามสกุล', 'ตำแหน่ง', 'หน่วยงาน', 'กลุ่ม', '13 มี.ค. 2563\n09.00–12.00 น.', '13 มี.ค. 2563\n13.00–16.00 น.', 'เข้าร่วม (ช่วง)']);
    const marks = [4, 5, 6].map((r) => [6, 7, 8].map((c) => people.getRow(r).getCell(c).value ?? ''));
    expect(marks).toEqual([['มา', '', 1], ['มา', 'มา', 2], ['', 'ขาด', 0]]);
    expect(people.pageSetup.printTitlesRow).toBe('3:3');

    const volunteerRow = [4, 5, 6].map((r) => groups.getRow(r)).find((r) => r.getCell(1).value === volunteerGroup.name)!;
    expect([2, 3, 4, 5, 6].map((c) => volunteerRow.getCell(c).value)).toEqual([volunteerGroup.plannedCount, 3, 2, 2, 1]);
    const total = groups.getRow(groups.actualRowCount);
    expect(total.getCell(1).value).toBe('รวม');
    expect(total.getCell(4).value).toMatchObject({ formula: 'SUM(D4:D6)', result: 2 });
  });

  it('writes budget lines with ROUND and SUM formulas and their results', async () => {
    const core = testCore();
    const { seminar } = await seed(core);
    const file = await core.call('seminar-budget-xlsx', { seminarId: seminar.id });
    const ws = (await readXlsx(file.bytes)).worksheets[0];
    expect(ws.getRow(4).getCell(7).value).toEqual({ formula: 'ROUND(D4*E4*F4,2)', result: 30_000 });
    expect(ws.getRow(5).getCell(7).value).toEqual({ formula: 'ROUND(D5*E5*F5,2)', result: 7_100 });
    expect(ws.getRow(4).getCell(9).value).toEqual({ formula: 'G4-H4', result: 3_000 });
    expect(ws.getRow(6).getCell(7).value).toEqual({ formula: 'SUM(G4:G5)', result: 37_100 });
    expect(ws.getRow(6).getCell(8).value).toEqual({ formula: 'SUM(H4:H5)', result: 27_000 });
    expect(ws.getRow(4).getCell(7).numFmt).toBe('#,##0.00');
  });

  it.skipIf(!sofficeAvailable())('LibreOffice computes the same totals (needs soffice: apt package libreoffice-calc-nogui)', async () => {
    const core = testCore();
    const { seminar } = await seed(core);
    const file = await core.call('seminar-budget-xlsx', { seminarId: seminar.id });
    // Drop every cached formula result and change a quantity: LibreOffice must compute, not echo.
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const stripped = xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1').replace(/(<c r="D5"[^>]*>)<v>100<\/v>/, '$1<v>50</v>');
    expect(stripped).not.toBe(xml);
    zip.file('xl/worksheets/sheet1.xml', stripped);
    const edited = await zip.generateAsync({ type: 'uint8array' });
    const csv = Object.values(libreOfficeCsv(edited, tempDir()))[0].trim().split('\n');
    expect(csv[3]).toContain('"30,000.00","27,000.00","3,000.00"');
    expect(csv[4]).toContain('"3,550.00"');
    expect(csv[5]).toContain('"33,550.00","27,000.00","6,550.00"');
  });
});
