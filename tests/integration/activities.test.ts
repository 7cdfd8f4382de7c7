import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { pdfText, savePdf } from './reports/pdf-tools';

async function setup(termStarts?: string[]) {
  const core = testCore({ now: () => ACTIVITY_NOW });
  const ids = await activityRegister(core, termStarts);
  const kinds = await core.call('activity-kinds-get', {});
  return { core, ids, kinds, kind: (name: string) => kinds.find((k) => k.name.startsWith(name))!.id };
}

async function failure(core: TestCore, ...args: Parameters<TestCore['dispatch']>) {
  const r = await core.dispatch(...args);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

const rowCount = (core: TestCore) => {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  const n = db.prepare('SELECT count(*) FROM activities').pluck().get() as number;
  db.close();
  return n;
};

describe('activity kinds', () => {
  it('starts with the five usual kinds, referrals marked', async () => {
    const { kinds } = await setup();
    expect(kinds.map((k) => [k.name, k.isReferral, k.active])).toEqual([
      ['ประชาสัมพันธ์ข้อมูลข่าวสาร', false, true],
      ['ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', true, true],
      ['จัดเก็บข้อมูลแรงงาน', false, true],
      ['ร่วมกิจกรรม/จิตอาสา', false, true],
      ['อื่น ๆ', false, true],
    ]);
  });

  it('renames, reorders, adds and removes unused kinds; a kind in use can only be retired', async () => {
    const { core, ids, kinds, kind } = await setup();
    await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('ประชา'), people: 5 }] });
    const edited = kinds.map(({ id, name, isReferral, active }) => ({ id, name, isReferral, active }));
    const saved = await core.call('activity-kinds-save', {
      kinds: [
        { ...edited[2], name: 'สำรวจข้อมูลแรงงานนอกระบบ' },
        edited[0],
        edited[1],
        { name: 'ประชุมประจำเดือน', isReferral: false, active: true },
      ],
    });
    expect(saved.map((k) => k.name)).toEqual(['สำรวจข้อมูลแรงงานนอกระบบ', 'ประชาสัมพันธ์ข้อมูลข่าวสาร', 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', 'ประชุมประจำเดือน']);
    expect(saved[1].used).toBe(1);
    // Leaving out a kind in use is refused with the way out.
    const error = await failure(core, 'activity-kinds-save', { kinds: saved.filter((k) => k.used === 0).map(({ id, name, isReferral, active }) => ({ id, name, isReferral, active })) });
    expect(error.message).toContain('ให้เลิกใช้แทน');
    const retired = await core.call('activity-kinds-save', { kinds: saved.map(({ id, name, isReferral, active }) => ({ id, name, isReferral, active: active && id !== kind('ประชา') })) });
    expect(retired.find((k) => k.id === kind('ประชา'))).toMatchObject({ active: false, used: 1 });
    // The retired kind still shows in the month that used it, not in others.
    expect((await core.call('activity-grid-get', { month: '2026-02', district: 'หาดใหญ่' })).kinds.map((k) => k.id)).toContain(kind('ประชา'));
    expect((await core.call('activity-grid-get', { month: '2026-03', district: 'หาดใหญ่' })).kinds.map((k) => k.id)).not.toContain(kind('ประชา'));
    const dup = await failure(core, 'activity-kinds-save', { kinds: [{ name: 'ก', isReferral: false, active: true }, { name: 'ก', isReferral: false, active: true }] });
    expect(dup.fields?.['kinds.1.name']).toBe('ชื่อประเภท "ก" ซ้ำกัน');
  });
});

describe('monthly grid', () => {
  it('lists the district\'s volunteers by subdistrict and saves the changed cells', async () => {
    const { core, ids, kind } = await setup();
    const empty = await core.call('activity-grid-get', { month: '2026-02', district: 'หาดใหญ่' });
    expect(empty.rows).toHaveLength(5);
    expect(empty.rows.map((r) => r.subdistrict)).toEqual([...empty.rows.map((r) => r.subdistrict)].sort());
    expect(empty.kinds).toHaveLength(5);

    const saved = await core.call('activity-grid-save', {
      month: '2026-02',
      district: 'หาดใหญ่',
      cells: [
        { volunteerId: ids[0], kindId: kind('ประชา'), people: 12 },
        { volunteerId: ids[0], kindId: kind('ชี้เป้า'), people: 2 },
        { volunteerId: ids[3], kindId: kind('จัดเก็บ'), people: 30 },
      ],
    });
    expect(saved).toEqual({ changed: 3, warnings: [] });
    const grid = await core.call('activity-grid-get', { month: '2026-02', district: 'หาดใหญ่' });
    const row = (id: number) => grid.rows.find((r) => r.volunteerId === id)!;
    expect(row(ids[0]).cells).toEqual({ [kind('ประชา')]: 12, [kind('ชี้เป้า')]: 2 });
    expect(row(ids[3]).cells).toEqual({ [kind('จัดเก็บ')]: 30 });

    // Changing one cell, clearing another (0 and empty both clear), re-sending an unchanged one.
    const again = await core.call('activity-grid-save', {
      month: '2026-02',
      district: 'หาดใหญ่',
      cells: [
        { volunteerId: ids[0], kindId: kind('ประชา'), people: 15 },
        { volunteerId: ids[0], kindId: kind('ชี้เป้า'), people: 0 },
        { volunteerId: ids[3], kindId: kind('จัดเก็บ'), people: 30 },
      ],
    });
    expect(again.changed).toBe(2);
    expect(rowCount(core)).toBe(2);
    const after = await core.call('activity-grid-get', { month: '2026-02', district: 'หาดใหญ่' });
    expect(after.rows.find((r) => r.volunteerId === ids[0])!.cells).toEqual({ [kind('ประชา')]: 15 });
    // Another month of the same district is untouched.
    expect((await core.call('activity-grid-get', { month: '2026-01', district: 'หาดใหญ่' })).rows.every((r) => Object.keys(r.cells).length === 0)).toBe(true);
  });

  it('refuses a future month, a month before the term and negative counts, and saves nothing of that grid', async () => {
    const { core, ids, kind } = await setup(['2024-10-01', '2025-11-01']);
    const future = await failure(core, 'activity-grid-save', { month: '2026-04', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('ประชา'), people: 3 }] });
    expect(future.code).toBe('VALIDATION');
    expect(future.message).toContain('เดือนเมษายน 2569 ยังมาไม่ถึง');

    const cells = [
      { volunteerId: ids[0], kindId: kind('ประชา'), people: 3 },
      { volunteerId: ids[1], kindId: kind('ประชา'), people: 4 },
    ];
    const early = await failure(core, 'activity-grid-save', { month: '2025-10', district: 'หาดใหญ่', cells });
    expect(early.message).toMatch(/^ยังไม่ได้บันทึก: .+: เดือนตุลาคม 2568 อยู่ก่อนเริ่มวาระ \(1 พฤศจิกายน 2568\)/);
    expect(Object.keys(early.fields ?? {})).toEqual(['cells.1.people']);
    // The good cell of the refused grid was not saved either.
    expect(rowCount(core)).toBe(0);

    const negative = await failure(core, 'activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('ประชา'), people: -1 }] });
    expect(negative.fields?.['cells.0.people']).toBe('จำนวนต้องไม่ติดลบ');
    const fraction = await failure(core, 'activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('ประชา'), people: 1.5 }] });
    expect(fraction.fields?.['cells.0.people']).toBe('จำนวนต้องเป็นจำนวนเต็ม');
    expect(rowCount(core)).toBe(0);

    // The volunteer whose term had not begun is not offered in that month's grid.
    const grid = await core.call('activity-grid-get', { month: '2025-10', district: 'หาดใหญ่' });
    expect(grid.rows.map((r) => r.volunteerId)).not.toContain(ids[1]);
  });

  it('keeps activity of a volunteer who had left, with a warning; leavers drop out of later grids', async () => {
    const { core, ids, kind } = await setup();
    await core.call('volunteer-status-change', { id: ids[2], status: 'resigned', date: '2026-01-20', reason: 'ย้ายที่อยู่' });
    const saved = await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[2], kindId: kind('ประชา'), people: 4 }] });
    expect(saved.changed).toBe(1);
    expect(saved.warnings).toHaveLength(1);
    expect(saved.warnings[0]).toContain('ลาออกตั้งแต่ 20 มกราคม 2569 แต่มีกิจกรรมเดือนกุมภาพันธ์ 2569');
    // January (left during it) and February (has a row) show the person; March does not.
    const has = async (month: string) => (await core.call('activity-grid-get', { month, district: 'หาดใหญ่' })).rows.some((r) => r.volunteerId === ids[2]);
    expect(await has('2026-01')).toBe(true);
    expect(await has('2026-02')).toBe(true);
    expect(await has('2026-03')).toBe(false);
  });

  it('records the grid save in the audit trail as one entry', async () => {
    const { core, ids, kind } = await setup();
    await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('ประชา'), people: 3 }, { volunteerId: ids[1], kindId: kind('ประชา'), people: 1 }] });
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const entries = db.prepare("SELECT entity_id, details FROM audit_log WHERE entity = 'activity-grid'").all() as { entity_id: string; details: string }[];
    db.close();
    expect(entries).toHaveLength(1);
    expect(entries[0].entity_id).toBe('หาดใหญ่ 2026-02');
    expect(JSON.parse(entries[0].details).changes).toEqual([[ids[0], kind('ประชา'), null, 3], [ids[1], kind('ประชา'), null, 1]]);
  });
});

describe('detailed activities', () => {
  it('keeps agency and outcome for referrals only, lists a volunteer\'s activities newest first, and shows them beside the grid cell', async () => {
    const { core, ids, kind } = await setup();
    const referral = await core.call('activity-create', {
      volunteerId: ids[0], kindId: kind('ชี้เป้า'), date: '2026-02-10', people: 1, place: 'หมู่ 3 ต.คอหงส์', notes: 'ผู้ว่างงานต้องการหางาน',
      agency: 'สำนักงานจัดหางานจังหวัด', outcome: 'helped',
    });
    expect(referral.warnings).toEqual([]);
    const pr = await core.call('activity-create', {
      volunteerId: ids[0], kindId: kind('ประชา'), date: '2026-03-01', people: 40, place: 'ศาลาประชาคม', notes: '', agency: 'ไม่ควรเก็บ', outcome: 'pending',
    });
    const list = await core.call('activity-list', { volunteerId: ids[0] });
    expect(list.map((a) => [a.id, a.kindName, a.agency, a.outcome])).toEqual([
      [pr.id, 'ประชาสัมพันธ์ข้อมูลข่าวสาร', '', null],
      [referral.id, 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ', 'สำนักงานจัดหางานจังหวัด', 'helped'],
    ]);
    const grid = await core.call('activity-grid-get', { month: '2026-02', district: 'หาดใหญ่' });
    expect(grid.rows.find((r) => r.volunteerId === ids[0])).toMatchObject({ cells: {}, detailed: { [kind('ชี้เป้า')]: 1 } });

    await core.call('activity-update', { id: referral.id, volunteerId: ids[0], kindId: kind('ชี้เป้า'), date: '2026-02-11', people: 2, place: '', notes: '', agency: 'สำนักงานประกันสังคมจังหวัด', outcome: 'pending' });
    expect((await core.call('activity-list', { volunteerId: ids[0] }))[1]).toMatchObject({ date: '2026-02-11', people: 2, agency: 'สำนักงานประกันสังคมจังหวัด', outcome: 'pending' });
    await core.call('activity-delete', { id: pr.id });
    expect(await core.call('activity-list', { volunteerId: ids[0] })).toHaveLength(1);
  });

  it('refuses impossible dates and counts in Thai, warns about a referral without an agency', async () => {
    const { core, ids, kind } = await setup();
    const base = { volunteerId: ids[0], kindId: kind('ชี้เป้า'), people: 1, place: '', notes: '', agency: '', outcome: null };
    const future = await failure(core, 'activity-create', { ...base, date: '2026-03-16' });
    expect(future.fields?.date).toContain('วันที่ 16 มีนาคม 2569 ยังมาไม่ถึง');
    const early = await failure(core, 'activity-create', { ...base, date: '2024-09-30' });
    expect(early.fields?.date).toContain('อยู่ก่อนเริ่มวาระ (1 ตุลาคม 2567)');
    const negative = await failure(core, 'activity-create', { ...base, date: '2026-03-01', people: -5 });
    expect(negative.fields?.people).toBe('จำนวนต้องไม่ติดลบ');
    const bad = await failure(core, 'activity-create', { ...base, date: '2026-02-30' });
    expect(bad.fields?.date).toBe('วันที่ไม่ถูกต้อง');
    const ok = await core.call('activity-create', { ...base, date: '2026-03-15' });
    expect(ok.warnings).toEqual(['ยังไม่ได้ระบุหน่วยงานที่ส่งต่อ รายงานจะนับไว้ในช่อง "ไม่ระบุหน่วยงาน"']);
    const grid = await failure(core, 'activity-update', { ...base, id: 999_999, date: '2026-03-01' });
    expect(grid.code).toBe('NOT_FOUND');
  });

  it('a grid row is edited in the grid, not in the detailed form', async () => {
    const { core, ids, kind } = await setup();
    await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('ประชา'), people: 3 }] });
    const [row] = await core.call('activity-list', { volunteerId: ids[0] });
    expect(row).toMatchObject({ wholeMonth: true, date: '2026-02-01', people: 3 });
    const error = await failure(core, 'activity-update', { id: row.id, volunteerId: ids[0], kindId: kind('ประชา'), date: '2026-02-01', people: 9, place: '', notes: '', agency: '', outcome: null });
    expect(error.message).toContain('กรุณาแก้ไขในตารางบันทึกผลงานรายเดือน');
  });
});


describe('personal data', () => {
  it('a PDPA export carries the person\'s activities; an erase keeps the counts and blanks the free text', async () => {
    const { core, ids, kind } = await setup();
    await core.call('activity-create', { volunteerId: ids[0], kindId: kind('ชี้เป้า'), date: '2026-02-10', people: 1, place: 'บ้านนายสมหมาย', notes: 'ลูกชายตกงาน', agency: 'สำนักงานจัดหางานจังหวัด', outcome: 'helped' });
    const file = await core.call('volunteer-export-person', { id: ids[0] });
    const exported = JSON.parse(new TextDecoder().decode(file.bytes)) as { activities: { notes: string }[] };
    expect(exported.activities.map((a) => a.notes)).toEqual(['ลูกชายตกงาน']);
    await core.call('volunteer-erase', { id: ids[0], reason: 'เจ้าของข้อมูลขอให้ลบ' });
    const [after] = await core.call('activity-list', { volunteerId: ids[0] });
    expect(after).toMatchObject({ people: 1, place: '', notes: '', agency: 'สำนักงานจัดหางานจังหวัด' });
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare("SELECT details FROM audit_log WHERE entity = 'activity'").pluck().all()).toEqual(['{"erased":true}']);
    db.close();
    // Nothing new can be recorded for an erased person.
    const error = await failure(core, 'activity-create', { volunteerId: ids[0], kindId: kind('ประชา'), date: '2026-03-01', people: 3, place: '', notes: '', agency: '', outcome: null });
    expect(error.message).toContain('ถูกลบแล้ว');
  });
});

describe('retired kinds', () => {
  it('take no new counts or records, but their old cells can be cleared', async () => {
    const { core, ids, kinds, kind } = await setup();
    await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('อื่น'), people: 2 }] });
    await core.call('activity-kinds-save', { kinds: kinds.map(({ id, name, isReferral, active }) => ({ id, name, isReferral, active: active && id !== kind('อื่น') })) });
    const grid = await failure(core, 'activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[1], kindId: kind('อื่น'), people: 1 }] });
    expect(grid.fields?.['cells.0.people']).toContain('เลิกใช้แล้ว');
    const detail = await failure(core, 'activity-create', { volunteerId: ids[0], kindId: kind('อื่น'), date: '2026-03-01', people: 1, place: '', notes: '', agency: '', outcome: null });
    expect(detail.fields?.kindId).toContain('เลิกใช้แล้ว');
    expect((await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind('อื่น'), people: null }] })).changed).toBe(1);
  });
});

describe('office activities', () => {
  it('a community-service day is an event of the seminar machinery: participants, attendance and a certificate of participation', async () => {
    const { core, ids } = await setup();
    const day = await core.call('seminar-create', {
      ...songkhlaSeminar,
      title: 'อสร.ร่วมใจอาสาพัฒนาบ้านเกิด',
      kind: 'activity',
      venuePlace: 'วัดคลองแห',
      objectives: ['เพื่อพัฒนาชุมชน'],
      days: [{ date: '2026-03-07', sessions: [{ start: '08:30', end: '12:00', topic: 'ทำความสะอาดชุมชน' }] }],
      groups: [{ name: 'อาสาสมัครแรงงาน', plannedCount: 5, category: 'outsider' }],
    });
    expect(day.kind).toBe('activity');
    await core.call('participant-add-volunteers', { seminarId: day.id, groupId: day.groups[0].id, volunteerIds: ids.slice(0, 3) });
    const detail = await core.call('seminar-get', { id: day.id });
    await core.call('attendance-mark', { sessionId: detail.days[0].sessions[0].id, participantId: detail.participants[0].id, status: 'present' });
    expect((await core.call('seminar-list', {})).map((s) => [s.title, s.kind])).toEqual([['อสร.ร่วมใจอาสาพัฒนาบ้านเกิด', 'activity']]);
    const cert = await core.call('report-certificates', { seminarId: day.id, kind: 'honour' });
    const text = pdfText(savePdf('activity-certificate.pdf', cert.bytes));
    expect(text).toContain('ได้เข้าร่วมกิจกรรม อสร.ร่วมใจอาสาพัฒนาบ้านเกิด');
  });
});
