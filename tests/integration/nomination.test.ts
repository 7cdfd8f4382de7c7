import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultNominationCriteria, type NominationCriteria } from '@shared/schemas/award';
import { DATABASE_FILE } from '../../electron/core';
import { testCore, type TestCore } from '../helpers/core';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { LETTER_OFFICE } from './reports/letter-fixtures';
import { expectTextContains, pdfPages, pdfText, renderPages, savePdf } from './reports/pdf-tools';

/**
 * Fiscal year 2569 (Oct 2025 – Sep 2026), seen on 15 March 2026. Six volunteers (activity-fixtures):
 * A two monthly publicity counts (30 people); B one referral (2 people); C one publicity count
 * (5 people) and a seminar attended; D nothing; E appointed 1 Oct 2025 (under a year) with one
 * count; F, of เมืองสงขลา, one count (1 person).
 */
async function seeded() {
  const core = testCore({ now: () => ACTIVITY_NOW });
  await core.call('settings-save', LETTER_OFFICE);
  const ids = await activityRegister(core, ['2024-10-01', '2024-10-01', '2024-10-01', '2024-10-01', '2025-10-01']);
  const [a, b, c, d, e, f] = ids;
  const kinds = await core.call('activity-kinds-get', {});
  const [publicity, referral] = kinds;
  const grid = (month: string, district: string, cells: [number, number][]) =>
    core.call('activity-grid-save', { month, district, cells: cells.map(([volunteerId, people]) => ({ volunteerId, kindId: publicity.id, people })) });
  await grid('2025-10', 'หาดใหญ่', [[a, 20], [c, 5], [e, 4]]);
  await grid('2025-11', 'หาดใหญ่', [[a, 10]]);
  await grid('2025-10', 'เมืองสงขลา', [[f, 1]]);
  // Fiscal year 2568: not counted.
  await grid('2025-09', 'หาดใหญ่', [[d, 50]]);
  await core.call('activity-create', { volunteerId: b, kindId: referral.id, date: '2025-12-10', people: 2, place: '', notes: '', agency: 'สำนักงานจัดหางานจังหวัด', outcome: 'helped' });
  const seminar = await core.call('seminar-create', { ...songkhlaSeminar, days: [{ ...songkhlaSeminar.days[0], date: '2026-01-20' }] });
  await core.call('participant-add-volunteers', { seminarId: seminar.id, groupId: seminar.groups[2].id, volunteerIds: [c, d] });
  const people = (await core.call('seminar-get', { id: seminar.id })).participants;
  await core.call('attendance-mark', { sessionId: seminar.days[0].sessions[0].id, participantId: people.find((p) => p.volunteerId === c)!.id, status: 'present' });
  return { core, a, b, c, d, e, f, kinds, publicity, referral };
}

const order = (core: TestCore, criteria?: NominationCriteria, district = '') =>
  core.call('nomination-rank', { fiscalYear: 2569, district, criteria }).then((r) => r);

describe('อสร.ดีเด่น nomination helper', () => {
  it('ranks the year’s volunteers by the default weights, shows each score’s parts, and leaves out those the conditions exclude with the reason', async () => {
    const { core, a, b, c, d, e, f, publicity, referral } = await seeded();
    const r = await order(core);
    expect(r.periodLabel).toBe('ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)');
    expect(r.kinds.find((k) => k.id === referral.id)!.weight).toBe(3);
    expect(r.kinds.find((k) => k.id === publicity.id)!.weight).toBe(1);
    expect(r.rows.map((x) => x.volunteerId)).toEqual([a, c, b, f]);
    const [ra, rc, rb] = r.rows;
    // A: 2 records × 1 + 30 people × 0.1 + 1 year × 1.
    expect(ra).toMatchObject({ rank: 1, years: 1, people: 30, events: 0, parts: { records: 2, people: 3, events: 0, years: 1 }, score: 6 });
    // C: 1 record + 5 people × 0.1 + 1 seminar attended × 2 + 1 year.
    expect(rc).toMatchObject({ rank: 2, events: 1, parts: { records: 1, people: 0.5, events: 2, years: 1 }, score: 4.5 });
    // B: 1 referral × 3 + 2 people × 0.1 + 1 year.
    expect(rb).toMatchObject({ rank: 3, parts: { records: 3, people: 0.2, events: 0, years: 1 }, score: 4.2 });
    expect(rb.records[r.kinds.findIndex((k) => k.id === referral.id)]).toBe(1);
    expect(Object.fromEntries(r.excluded.map((x) => [x.volunteerId, x.reason]))).toEqual({
      [d]: 'ไม่มีผลงานในปีงบประมาณนี้',
      [e]: 'ดำรงตำแหน่ง 0 ปี (ขั้นต่ำ 1 ปี)',
    });
  });

  it('reorders as the clerk weighs referrals more, filters by district, applies the minimum conditions as set, and keeps the saved criteria in the office settings', async () => {
    const { core, a, b, c, e, referral } = await seeded();
    const heavy: NominationCriteria = { ...defaultNominationCriteria, kindWeights: [{ kindId: referral.id, weight: 10 }] };
    expect((await order(core, heavy)).rows[0]).toMatchObject({ volunteerId: b, score: 11.2 });
    expect((await order(core, heavy, 'หาดใหญ่')).rows.map((x) => x.volunteerId)).toEqual([b, a, c]);

    const strict = await order(core, { ...defaultNominationCriteria, minYears: 0, minRecords: 2, eventWeight: 0 });
    expect(strict.rows.map((x) => x.volunteerId)).toEqual([a]);
    expect(strict.excluded.find((x) => x.volunteerId === e)?.reason).toBe('มีผลงาน 1 รายการ (ขั้นต่ำ 2 รายการ)');
    await core.call('volunteer-status-change', { id: a, status: 'resigned', date: '2026-03-01', reason: 'ย้ายที่อยู่' });
    const active = await order(core);
    expect(active.excluded.find((x) => x.volunteerId === a)?.reason).toBe('สถานะลาออก');
    expect((await order(core, { ...defaultNominationCriteria, onlyActive: false })).rows[0].volunteerId).toBe(a);

    expect(await core.call('nomination-criteria-get', {})).toEqual(defaultNominationCriteria);
    await core.call('nomination-criteria-save', heavy);
    expect(await core.call('nomination-criteria-get', {})).toEqual(heavy);
    expect((await order(core)).rows[0].volunteerId).toBe(b);
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    expect(JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'nomination-criteria'").pluck().get() as string)).toEqual(heavy);
    db.close();
  });

  it('sends the renderer one page of the ranking at a time, with each row’s rank in the whole list, the total, and the last page for a page past the end', async () => {
    const { core, a, b, c, f } = await seeded();
    const pageOf = (page: number, pageSize: number) => core.call('nomination-rank', { fiscalYear: 2569, district: '', page, pageSize });
    const first = await pageOf(1, 3);
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3, excludedCount: 2 });
    expect(first.rows.map((x) => [x.rank, x.volunteerId])).toEqual([[1, a], [2, c], [3, b]]);
    const second = await pageOf(2, 3);
    expect(second.rows.map((x) => [x.rank, x.volunteerId])).toEqual([[4, f]]);
    expect(second).toMatchObject({ total: 4, page: 2 });
    // A page asked for past the end (the ranking shrank under the clerk) answers with the last one.
    expect(await pageOf(9, 3)).toMatchObject({ page: 2, rows: [{ rank: 4, volunteerId: f }] });
    // The pages put together are the whole ranking, as the printed list has it.
    const whole = await pageOf(1, 500);
    expect([...first.rows, ...second.rows]).toEqual(whole.rows);
    expect(whole.excluded.map((x) => x.volunteerId).sort()).toEqual(first.excluded.map((x) => x.volunteerId).sort());
    expect(await core.dispatch('nomination-rank', { fiscalYear: 2569, page: 1, pageSize: 10_000 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says where each person ticked stands in the ranking asked for: their rank, the minimum condition that leaves them out, or the other district they are in', async () => {
    const { core, a, b, e, f } = await seeded();
    const strict = { ...defaultNominationCriteria, minRecords: 2 };
    const standings = await core.call('nomination-chosen', { fiscalYear: 2569, district: 'หาดใหญ่', criteria: strict, volunteerIds: [a, b, e, f, 99_999] });
    const nameOf = async (id: number) => { const v = (await core.call('volunteer-get', { id })).volunteer; return `${v.title}${v.firstName} ${v.lastName}`; };
    expect(standings).toEqual([
      { volunteerId: a, name: await nameOf(a), district: 'หาดใหญ่', rank: 1, reason: null },
      { volunteerId: b, name: await nameOf(b), district: 'หาดใหญ่', rank: null, reason: 'มีผลงาน 1 รายการ (ขั้นต่ำ 2 รายการ)' },
      { volunteerId: e, name: await nameOf(e), district: 'หาดใหญ่', rank: null, reason: 'ดำรงตำแหน่ง 0 ปี (ขั้นต่ำ 1 ปี)' },
      { volunteerId: f, name: await nameOf(f), district: 'เมืองสงขลา', rank: null, reason: 'อยู่อำเภอเมืองสงขลา' },
      { volunteerId: 99_999, name: '', district: '', rank: null, reason: 'ไม่พบในทะเบียน อาจถูกรวมกับรายอื่นแล้ว' },
    ]);
    // The whole province ranks F too.
    expect((await core.call('nomination-chosen', { fiscalYear: 2569, district: '', volunteerIds: [f] }))[0]).toMatchObject({ rank: 4, reason: null });
  });

  it('refuses in Thai a weight that is not a number or negative, and a minimum that is not whole', async () => {
    const { core } = await seeded();
    const bad = (over: Record<string, unknown>) => core.dispatch('nomination-criteria-save', { ...defaultNominationCriteria, ...over });
    expect(await bad({ peopleWeight: 'สิบ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { peopleWeight: 'น้ำหนักต้องเป็นตัวเลข เช่น 1 หรือ 0.5' } } });
    expect(await bad({ eventWeight: -1 })).toMatchObject({ ok: false, error: { fields: { eventWeight: 'น้ำหนักต้องไม่ติดลบ' } } });
    expect(await bad({ kindWeights: [{ kindId: 1, weight: null }] })).toMatchObject({ ok: false, error: { fields: { 'kindWeights.0.weight': 'น้ำหนักต้องเป็นตัวเลข เช่น 1 หรือ 0.5' } } });
    expect(await bad({ minYears: 1.5 })).toMatchObject({ ok: false, error: { fields: { minYears: 'จำนวนปีขั้นต่ำต้องเป็นจำนวนเต็ม' } } });
    expect(await core.dispatch('nomination-rank', { fiscalYear: 2026 })).toMatchObject({ ok: false, error: { fields: { fiscalYear: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569' } } });
    expect(await core.call('nomination-criteria-get', {})).toEqual(defaultNominationCriteria);
  });

  it('records the award for everyone ticked in one transaction, or for none when one is refused', async () => {
    const { core, a, b, c } = await seeded();
    const details = { fiscalYear: 2569, kind: 'outstanding_province' as const, kindText: '', givenBy: 'คำสั่งจังหวัดสงขลา ที่ 15/2569', givenOn: '2026-03-10', notes: '' };
    await core.call('award-create', { ...details, volunteerId: c });
    const refused = await core.dispatch('nomination-record', { ...details, volunteerIds: [a, b, c] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('บันทึกไว้แล้ว') } });
    // Said with what the clerk does next: the ticks stay after a save, so one already awarded is unticked in the list.
    expect(refused).toMatchObject({ error: { message: expect.stringContaining('จึงยังไม่ได้บันทึกให้ผู้ใด กรุณาเอาเครื่องหมายเลือกหน้าชื่อนั้นออก แล้วกดบันทึกรางวัลอีกครั้ง') } });
    expect(await core.call('award-list', { volunteerId: a })).toEqual([]);
    expect(await core.dispatch('nomination-record', { ...details, givenOn: '2026-04-01', volunteerIds: [a, b] })).toMatchObject({ ok: false, error: { fields: { givenOn: expect.stringContaining('ยังมาไม่ถึง') } } });
    expect(await core.call('award-list', { volunteerId: a })).toEqual([]);

    expect(await core.call('nomination-record', { ...details, volunteerIds: [a, b] })).toEqual({ recorded: 2 });
    expect((await core.call('award-list', { volunteerId: b }))[0]).toMatchObject({ fiscalYear: 2569, kind: 'outstanding_province', givenBy: 'คำสั่งจังหวัดสงขลา ที่ 15/2569' });
    expect((await order(core)).rows.find((x) => x.volunteerId === a)!.awards).toEqual(['อสร.ดีเด่นระดับจังหวัด']);
  });

  it('exports the ranked list as a landscape PDF and a workbook with the chosen marked, and prints certificates of honour', async () => {
    const { core, a, b, c, d, kinds } = await seeded();
    const pdfFile = savePdf('nomination-list.pdf', (await core.call('nomination-pdf', { fiscalYear: 2569, volunteerIds: [a, c] })).bytes);
    const text = pdfText(pdfFile);
    const rank = await order(core);
    expectTextContains(text, [
      'บัญชีรายชื่ออาสาสมัครแรงงานที่เสนอคัดเลือกเป็นอาสาสมัครแรงงานดีเด่น',
      LETTER_OFFICE.officeName,
      'ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569) · จังหวัดสงขลา (ทุกอำเภอ)',
      rank.rows[0].name,
      `(${LETTER_OFFICE.headName})`,
      'ผ่านเงื่อนไข 4 คน · ไม่ผ่านเงื่อนไข 2 คน · ได้รับการคัดเลือก 2 คน',
    ], ['ผลการคัดเลือก', `เกณฑ์คะแนน: ผลงานแต่ละรายการ (${kinds[0].name} 1, ${kinds[1].name} 3`]);
    // The title, the column head, the two people ticked and the closing count.
    expect(text.replace(/\s+/g, '').match(/คัดเลือก/g)!.length).toBe(5);
    const layout = pdfText(pdfFile, 'layout');
    expect(layout.indexOf(rank.rows[0].name)).toBeLessThan(layout.indexOf(rank.rows[1].name));
    // A's line: 1 year, 2 records, 30 people, no event; points 2 + 3 + 0 + 1 = 6. Nothing reads '-'.
    const lineOfA = layout.split('\n').find((l) => l.includes(rank.rows[0].name))!.replace(/\s+/g, ' ');
    expect(lineOfA).toContain('1 2 30 0 2 3 0 1 6 คัดเลือก');
    expect(lineOfA).not.toMatch(/ - /);
    expect(pdfPages(pdfFile)).toBe(1);
    renderPages(pdfFile, 1, 1);

    const xlsx = await core.call('nomination-xlsx', { fiscalYear: 2569, district: 'หาดใหญ่', volunteerIds: [a] });
    expect(xlsx.name).toMatch(/^คัดเลือกอสร\.ดีเด่น-ปีงบประมาณ-2569-หาดใหญ่-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('ลำดับคะแนน')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    const values = Array.from(ws.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v)) : []));
    expect(values.some((row) => row.includes('บัญชีรายชื่ออาสาสมัครแรงงานที่เสนอคัดเลือกเป็นอาสาสมัครแรงงานดีเด่น'))).toBe(true);
    const header = values.findIndex((row) => row[0] === 'ลำดับ');
    expect(values[header]).toContain(`${kinds[1].name} (รายการ)`);
    const data = values.slice(header + 1).filter((row) => typeof row[0] === 'number');
    const nameOf = async (id: number) => { const v = (await core.call('volunteer-get', { id })).volunteer; return `${v.title}${v.firstName} ${v.lastName}`; };
    expect(data.map((row) => row[1])).toEqual([await nameOf(a), await nameOf(c), await nameOf(b)]);
    const total = values[header].indexOf('คะแนนรวม');
    expect(data.map((row) => row[total])).toEqual([6, 4.5, 4.2]);
    expect(data.map((row) => row[values[header].indexOf('ผลการคัดเลือก')] ?? '')).toEqual(['ได้รับการคัดเลือก', '', '']);
    const left = wb.getWorksheet('ไม่ผ่านเงื่อนไข')!;
    expect(left.getSheetValues().flat().filter((v) => typeof v === 'string')).toEqual(expect.arrayContaining([await nameOf(d), 'ไม่มีผลงานในปีงบประมาณนี้']));

    // A certificate of honour is numbered with the person's award of the year: refused until it is recorded.
    const honour = { fiscalYear: 2569, volunteerIds: [a, c], givenOn: '2026-03-14' };
    expect(await core.dispatch('nomination-certificates-issue', honour)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('กรุณากด “บันทึกรางวัล” ก่อน') } });
    await core.call('nomination-record', { fiscalYear: 2569, kind: 'outstanding_province', kindText: '', givenBy: '', givenOn: '2026-03-10', notes: '', volunteerIds: [a, c] });
    expect((await core.call('nomination-certificates-issue', honour)).numbers).toEqual(['1/2569', '2/2569']);
    const certs = savePdf('honour-certificates.pdf', (await core.call('nomination-certificates', honour)).bytes);
    const certText = pdfText(certs);
    expect(pdfPages(certs)).toBe(2);
    expectTextContains(certText, ['เกียรติบัตร', 'เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า', await nameOf(a), await nameOf(c), 'ให้ไว้ ณ วันที่ 14 มีนาคม 2569', `(${LETTER_OFFICE.headName})`], [
      'ได้รับการคัดเลือกเป็นอาสาสมัครแรงงานดีเด่น ประจำปีงบประมาณ พ.ศ. 2569',
    ]);
    expect(certText).toContain('เลขที่ 1/2569');
    expect(certText).toContain('เลขที่ 2/2569');
    expect(certText).not.toContain('ยังไม่ได้ออก');
    renderPages(certs, 1, 1);
    const thai = pdfText(savePdf('honour-certificates-thai.pdf', (await core.call('nomination-certificates', { fiscalYear: 2569, volunteerIds: [a], thaiDigits: true, givenOn: '2026-03-14' })).bytes));
    expectTextContains(thai, [], ['ประจำปีงบประมาณ พ.ศ. ๒๕๖๙']);

    await core.call('volunteer-erase', { id: d, reason: 'ขอลบ' });
    expect(await core.dispatch('nomination-certificates', { fiscalYear: 2569, volunteerIds: [a, d] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
