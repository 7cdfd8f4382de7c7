import { describe, expect, it } from 'vitest';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { tempDir, testCore } from '../helpers/core';
import { libreOfficePdf, readXlsx, sofficeAvailable } from '../helpers/spreadsheet-fixtures';
import { expectFontsEmbedded, pdfPages, pdfText, savePdf } from './reports/pdf-tools';

const JOB = 'สำนักงานจัดหางานจังหวัด';
const SSO = 'สำนักงานประกันสังคมจังหวัด';

/**
 * หาดใหญ่: ids 0–4 (subdistricts คอหงส์, คลองแห, คอหงส์, ทุ่งใหญ่, น้ำน้อย); เมืองสงขลา: id 5.
 * FY 2569 (Oct 2568 – Sep 2569) holds grid months and detailed referrals; September 2568 (FY 2568)
 * holds a count that must stay out of FY 2569.
 */
async function seed() {
  const core = testCore({ now: () => ACTIVITY_NOW });
  await core.call('settings-save', { ...(await core.call('settings-get', {})), officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา', headName: 'นายสมมติ ตัวอย่าง', headPosition: 'แรงงานจังหวัดสงขลา' });
  const ids = await activityRegister(core);
  const kinds = await core.call('activity-kinds-get', {});
  const [pr, ref, data] = kinds.map((k) => k.id);
  const grid = (month: string, district: string, cells: [number, number, number][]) =>
    core.call('activity-grid-save', { month, district, cells: cells.map(([v, kindId, people]) => ({ volunteerId: ids[v], kindId, people })) });
  await grid('2025-10', 'หาดใหญ่', [[0, pr, 10], [1, pr, 5], [1, data, 20]]);
  await grid('2026-01', 'หาดใหญ่', [[0, ref, 2]]);
  await grid('2026-02', 'เมืองสงขลา', [[5, pr, 7]]);
  await grid('2025-09', 'หาดใหญ่', [[3, pr, 100]]);
  const detail = (v: number, date: string, people: number, agency: string, outcome: 'helped' | 'pending' | 'not_helped') =>
    core.call('activity-create', { volunteerId: ids[v], kindId: ref, date, people, place: '', notes: '', agency, outcome });
  await detail(0, '2026-02-10', 1, JOB, 'helped');
  await detail(1, '2026-03-01', 2, JOB, 'pending');
  await detail(5, '2025-12-05', 1, SSO, 'not_helped');
  return { core, ids, kinds };
}

const fy = { fiscalYear: 2569, scope: 'year' as const };

describe('activity reports', () => {
  it('counts a fiscal year by district: people per kind, referrals per agency, volunteers with nothing recorded', async () => {
    const { core, ids } = await seed();
    const r = await core.call('activity-report', { period: fy });
    expect(r.periodLabel).toBe('ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)');
    expect([r.start, r.end]).toEqual(['2025-10-01', '2026-09-30']);
    expect(r.kinds).toHaveLength(5);
    expect(r.rows.map((x) => [x.label, x.counts, x.total])).toEqual([
      ['เมืองสงขลา', [7, 1, 0, 0, 0], 8],
      ['หาดใหญ่', [15, 5, 20, 0, 0], 40],
    ]);
    expect(r.totals).toEqual([22, 6, 20, 0, 0]);
    expect(r.total).toBe(48);
    expect(r.agencies).toEqual([
      { agency: JOB, records: 2, people: 3, helped: 1, notHelped: 0, pending: 1 },
      { agency: SSO, records: 1, people: 1, helped: 0, notHelped: 1, pending: 0 },
      // The grid's referral count names no agency.
      { agency: 'ไม่ระบุหน่วยงาน', records: 1, people: 2, helped: 0, notHelped: 0, pending: 1 },
    ]);
    expect(r.serving).toBe(6);
    const names = await Promise.all([2, 3, 4].map(async (i) => (await core.call('volunteer-get', { id: ids[i] })).volunteer));
    expect(r.inactive.map((p) => p.name)).toEqual(names.sort((a, b) => a.area.subdistrict.localeCompare(b.area.subdistrict, 'th')).map((v) => `${v.title}${v.firstName} ${v.lastName}`));
  });

  it('narrows to a quarter, a month and a district; lists volunteers one by one', async () => {
    const { core, ids } = await seed();
    const q1 = await core.call('activity-report', { period: { fiscalYear: 2569, scope: 'quarter', quarter: 1 } });
    expect(q1.periodLabel).toBe('ไตรมาสที่ 1 ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 31 ธันวาคม 2568)');
    expect(q1.rows.map((x) => [x.label, x.total])).toEqual([['เมืองสงขลา', 1], ['หาดใหญ่', 35]]);

    const feb = await core.call('activity-report', { period: { fiscalYear: 2569, scope: 'month', month: 5 }, district: 'หาดใหญ่' });
    expect(feb.periodLabel).toBe('เดือนกุมภาพันธ์ 2569');
    expect(feb.rows.map((x) => [x.label, x.counts])).toEqual([['หาดใหญ่', [0, 1, 0, 0, 0]]]);
    expect(feb.serving).toBe(5);
    expect(feb.inactive).toHaveLength(4);

    const people = await core.call('activity-report', { period: fy, district: 'หาดใหญ่', by: 'volunteer' });
    const v = async (i: number) => (await core.call('volunteer-get', { id: ids[i] })).volunteer;
    const [a, b] = [await v(1), await v(0)];
    // By subdistrict: คลองแห before คอหงส์.
    expect(people.rows.map((x) => [x.label, x.subdistrict, x.counts])).toEqual([
      [`${a.title}${a.firstName} ${a.lastName}`, 'คลองแห', [5, 2, 20, 0, 0]],
      [`${b.title}${b.firstName} ${b.lastName}`, 'คอหงส์', [10, 3, 0, 0, 0]],
    ]);
    const none = await core.call('activity-report', { period: { fiscalYear: 2560, scope: 'year' } });
    expect([none.rows, none.total, none.agencies]).toEqual([[], 0, []]);
  });

  it('prints the report as an A4 PDF in Thai digits, signed by the head of office', async () => {
    const { core } = await seed();
    const file = await core.call('report-activities', { thaiDigits: true, query: { period: fy } });
    expect(file.name).toBe('รายงานผลงานอาสาสมัคร-ปีงบประมาณ-2569-2569-03-15.pdf');
    const saved = savePdf('activity-report-fy.pdf', file.bytes);
    expectFontsEmbedded(saved);
    const text = pdfText(saved);
    for (const s of [
      'รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน',
      'สำนักงานแรงงานจังหวัดสงขลา',
      'ปีงบประมาณ ๒๕๖๙ (๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙)',
      'จังหวัดสงขลา (ทุกอำเภอ)',
      'ผลการปฏิบัติงานรายอำเภอ จำแนกตามประเภทกิจกรรม',
      'หาดใหญ่',
      'รวมทั้งสิ้น',
      '๔๘',
      JOB,
      'ไม่ระบุหน่วยงาน',
      'อาสาสมัครที่ไม่มีผลการปฏิบัติงานในช่วงนี้ ๓ คน จากที่ปฏิบัติหน้าที่ ๖ คน',
      '(นายสมมติ ตัวอย่าง)',
      'แรงงานจังหวัดสงขลา',
    ]) expect(text).toContain(s);
    expect(text).not.toMatch(/[0-9]/);

    const byVolunteer = await core.call('report-activities', { query: { period: fy, district: 'หาดใหญ่', by: 'volunteer' } });
    const t2 = pdfText(savePdf('activity-report-volunteers.pdf', byVolunteer.bytes));
    expect(t2).toContain('อำเภอหาดใหญ่ จังหวัดสงขลา');
    expect(t2).toContain('ผลการปฏิบัติงานรายบุคคล');
    expect(t2).toContain('คลองแห');
  });

  it('writes the ministry workbook: merged title, B.E. period, totals as formulas', async () => {
    const { core } = await seed();
    const file = await core.call('activity-report-xlsx', { period: fy });
    expect(file.name).toBe('รายงานผลงานอาสาสมัคร-ปีงบประมาณ-2569-2569-03-15.xlsx');
    const wb = await readXlsx(file.bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['ผลงานตามประเภท', 'ส่งต่อตามหน่วยงาน', 'ไม่มีผลงาน']);
    const ws = wb.getWorksheet('ผลงานตามประเภท')!;
    expect(ws.getCell('A1').value).toBe('รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน');
    expect(ws.getCell('A3').value).toBe('ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569) · จังหวัดสงขลา (ทุกอำเภอ)');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.pageSetup.paperSize).toBe(9);
    const header = ws.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(['อำเภอ/เขต', 'ประชาสัมพันธ์ข้อมูลข่าวสาร', 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', 'จัดเก็บข้อมูลแรงงาน', 'ร่วมกิจกรรม/จิตอาสา', 'อื่น ๆ', 'รวม']);
    expect(ws.getCell('A6').value).toBe('เมืองสงขลา');
    expect(ws.getCell('A7').value).toBe('หาดใหญ่');
    expect(ws.getCell('D7').value).toBe(20);
    expect(ws.getCell('G7').value).toMatchObject({ formula: 'SUM(B7:F7)', result: 40 });
    expect(ws.getCell('A8').value).toBe('รวมทั้งสิ้น');
    expect(ws.getCell('G8').value).toMatchObject({ result: 48 });
    const agencies = wb.getWorksheet('ส่งต่อตามหน่วยงาน')!;
    expect(agencies.getCell('A6').value).toBe(JOB);
    expect(agencies.getCell('B6').value).toBe(2);
    const idle = wb.getWorksheet('ไม่มีผลงาน')!;
    expect(String(idle.getCell('A4').value)).toContain('3 คน จากที่ปฏิบัติหน้าที่ 6 คน');
    expect(idle.rowCount).toBe(8);
  });

  it.skipIf(!sofficeAvailable())('the ministry workbook prints in LibreOffice as it is: every sheet on A4 with its title, whole headers, names and agencies, no ###', async () => {
    const { core, ids, kinds } = await seed();
    const LONG_AGENCY = 'สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสงขลา กลุ่มงานคุ้มครองแรงงาน';
    await core.call('activity-create', { volunteerId: ids[0], kindId: kinds[1].id, date: '2026-03-02', people: 1, place: '', notes: '', agency: LONG_AGENCY, outcome: 'helped' });
    // LibreOffice's PDF puts some marks apart from their letter (รวมทัง้ สิน ้): compared without marks and spaces.
    const bare = (t: string) => t.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+/g, '');
    // A header wrapped over lines in its cell is read out between its neighbours' lines: its
    // letters are all there, in order, when no line of it was cut off.
    const whole = (page: string, text: string) => {
      let at = 0;
      for (const ch of bare(text)) if ((at = page.indexOf(ch, at) + 1) === 0) return false;
      return true;
    };
    for (const query of [{ period: fy }, { period: fy, district: 'หาดใหญ่', by: 'volunteer' as const }]) {
      const printed = libreOfficePdf((await core.call('activity-report-xlsx', query)).bytes, tempDir());
      const pages = pdfText(printed).split('\f').filter((p) => p.trim());
      // One page a sheet at this size: people per kind, referrals per agency, those with nothing recorded.
      expect(pdfPages(printed)).toBe(3);
      for (const page of pages) {
        expect(bare(page)).toContain(bare('รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน'));
        expect(bare(page)).toContain(bare('ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)'));
        expect(page).not.toContain('###');
      }
      const [kindsPage, agencyPage, idlePage] = pages.map(bare);
      for (const k of kinds) expect(whole(kindsPage, k.name), k.name).toBe(true);
      expect(kindsPage).toContain(bare('รวมทั้งสิ้น'));
      expect(whole(agencyPage, LONG_AGENCY)).toBe(true);
      expect(whole(agencyPage, 'รอผล/ไม่ทราบผล')).toBe(true);
      for (const p of (await core.call('activity-report', query)).inactive) expect(idlePage).toContain(bare(p.name));
    }
  }, 240_000);
});
