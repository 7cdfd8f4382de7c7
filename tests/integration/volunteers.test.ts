import { describe, expect, it } from 'vitest';
import type { VolunteerInput } from '@shared/schemas/volunteer';
import { emptyVolunteer } from '@shared/schemas/volunteer';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';

const NOW = new Date('2025-06-01T03:00:00Z');

const somchai: VolunteerInput = {
  ...emptyVolunteer,
  title: 'นาย',
  firstName: 'สมชาย',
  lastName: 'ใจดีมาก',
  firstNameEn: 'Somchai',
  lastNameEn: 'Jaidee',
  nationalId: '1-1017-00203-45-0',
  birthDate: '1980-05-17',
  sex: 'male',
  phone: '081-234-5678',
  address: { houseNo: '12', moo: '3', village: '', soi: '', road: '', subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา', postcode: '90110' },
  level: 'อาสาสมัครแรงงานระดับตำบล',
  area: { subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา' },
  appointmentOrderNo: '123/2566',
  appointmentDate: '2023-09-15',
  termStart: '2023-10-01',
  termEnd: '2026-09-30',
};
const malee: VolunteerInput = {
  ...emptyVolunteer,
  title: 'นางสาว',
  firstName: 'มาลี',
  lastName: 'เกษมสุข',
  nationalId: '3901100123454',
  phone: '0899998888',
  area: { subdistrict: 'บ่อยาง', district: 'เมืองสงขลา', province: 'สงขลา' },
  termStart: '2022-07-01',
  termEnd: '2025-06-30',
};

async function withOperator(core: TestCore) {
  await core.call('settings-save', {
    officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา', address: '', phone: '', headName: '', headPosition: '',
    signatories: [], operatorName: 'สุดา', emblem: null,
  });
}

describe('volunteer register', () => {
  it('validates every field with Thai messages next to it', async () => {
    const core = testCore({ now: () => NOW });
    const r = await core.dispatch('volunteer-create', {
      ...somchai,
      firstName: ' ',
      nationalId: '1101700203451',
      phone: '12',
      birthDate: '2999-01-01',
      termEnd: '2023-01-01',
      email: 'not-an-email',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields).toMatchObject({
      firstName: 'กรุณากรอกชื่อ',
      nationalId: expect.stringContaining('เลขตรวจสอบ'),
      phone: expect.stringContaining('โทรศัพท์'),
      birthDate: 'วันเกิดต้องไม่เป็นวันในอนาคต',
      termEnd: 'วันสิ้นสุดวาระต้องอยู่หลังวันเริ่มวาระ',
      email: 'อีเมลไม่ถูกต้อง',
    });
    const short = await core.dispatch('volunteer-create', { ...somchai, nationalId: '12345' });
    expect(!short.ok && short.error.fields?.nationalId).toBe('เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก');
  });

  it('keeps national IDs unique and names who holds one', async () => {
    const core = testCore({ now: () => NOW });
    const { id } = await core.call('volunteer-create', somchai);
    const again = await core.dispatch('volunteer-create', { ...malee, nationalId: '1101700203450' });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('CONFLICT');
    expect(again.error.fields?.nationalId).toContain('นายสมชาย ใจดีมาก');
    expect(await core.call('volunteer-id-holder', { nationalId: '1-1017-00203-45-0' })).toEqual({ id, name: 'นายสมชาย ใจดีมาก' });
    expect(await core.call('volunteer-id-holder', { nationalId: '1101700203450', exceptId: id })).toBeNull();
    // Saving oneself with one's own ID is fine.
    await core.call('volunteer-update', { ...somchai, id, phone: '0812345679' });
  });

  it('stores and returns every field, with the first term in the history and rule warnings', async () => {
    const core = testCore({ now: () => NOW });
    const address = { ...somchai.address, district: 'สะเดา', subdistrict: 'ปาดังเบซาร์' };
    const saved = await core.call('volunteer-create', { ...somchai, birthDate: '2010-01-01', address });
    expect(saved.warnings).toEqual(['อายุ 15 ปี ต่ำกว่าเกณฑ์ 18 ปี', 'ที่อยู่ไม่อยู่ในอำเภอหาดใหญ่ ซึ่งเป็นพื้นที่รับผิดชอบ']);
    const d = await core.call('volunteer-get', { id: saved.id });
    // The phone typed grouped (081-234-5678) is stored in the one canonical form.
    expect(d.volunteer).toMatchObject({ ...somchai, address, nationalId: '1101700203450', phone: '0812345678', birthDate: '2010-01-01', status: 'active', erasedAt: null });
    expect(d.terms).toEqual([{ id: expect.any(Number), orderNo: '123/2566', orderDate: '2023-09-15', termStart: '2023-10-01', termEnd: '2026-09-30' }]);
    expect(d.warnings).toHaveLength(2);
    await core.call('volunteer-rules-save', { termYears: 4, minAge: null, maxAge: null, residence: 'none', levels: ['ระดับตำบล'] });
    expect((await core.call('volunteer-get', { id: saved.id })).warnings).toEqual([]);
  });

  it('finds people by any part of a Thai or English name, ID or phone, inside Thai words', async () => {
    const core = testCore({ now: () => NOW });
    const a = (await core.call('volunteer-create', somchai)).id;
    const b = (await core.call('volunteer-create', malee)).id;
    const ids = async (q: string) => (await core.call('volunteer-list', { q })).rows.map((r) => r.id);
    expect(await ids('ดีมา')).toEqual([a]); // inside the surname ใจดีมาก
    expect(await ids('ษมสุ')).toEqual([b]); // inside เกษมสุข
    expect(await ids('ใจ')).toEqual([a]); // shorter than a trigram
    expect(await ids('สมชายใจดี')).toEqual([a]);
    expect(await ids('สมชาย ใจดี')).toEqual([a]);
    expect(await ids('jaid')).toEqual([a]);
    expect(await ids('SOMCHAI')).toEqual([a]);
    expect(await ids('00203')).toEqual([a]);
    expect(await ids('1-1017-00203')).toEqual([a]);
    expect(await ids('๐๐๒๐๓')).toEqual([a]); // Thai digits
    expect(await ids('9998888')).toEqual([b]);
    expect(await ids('สม')).toEqual([a]);
    expect(await ids('สมหญิง')).toEqual([]);
    expect(await ids('%')).toHaveLength(2);
    expect(await ids('สมชาย\u0000ใจดี')).toEqual([a]); // a control character pasted in is a space
  });

  it('pages, sorts in Thai dictionary order, filters and counts', async () => {
    const core = testCore({ now: () => NOW });
    const { added } = await core.call('demo-load', {});
    const summary = await core.call('volunteer-summary', {});
    expect(summary.total).toBe(added);
    // A new install gets the sample office too, so suggestions put Songkhla first.
    expect(await core.call('settings-get', {})).toMatchObject({ province: 'สงขลา', officeName: expect.stringContaining('ข้อมูลตัวอย่าง') });
    const sample = await core.call('volunteer-get', { id: 1 });
    expect(sample.volunteer.notes).toContain('ข้อมูลตัวอย่าง');
    expect(summary.total).toBeGreaterThan(130);
    expect(summary.districts).toHaveLength(16);

    const page1 = await core.call('volunteer-list', { pageSize: 20, page: 1 });
    const page2 = await core.call('volunteer-list', { pageSize: 20, page: 2 });
    expect(page1.total).toBe(summary.total);
    expect(page1.rows).toHaveLength(20);
    expect(new Set([...page1.rows, ...page2.rows].map((r) => r.id)).size).toBe(40);
    // เกษม sorts among the ก names, not after ฮ.
    const names = (await core.call('volunteer-list', { pageSize: 200 })).rows.map((r) => r.firstName);
    const firstNotK = names.findIndex((n) => !/^[เแโใไ]?ก/.test(n));
    expect(names.slice(firstNotK).some((n) => /^เก/.test(n))).toBe(false);

    const hatyai = await core.call('volunteer-list', { district: 'หาดใหญ่', pageSize: 200 });
    expect(hatyai.total).toBe(summary.districts.find((d) => d.district === 'หาดใหญ่')!.count);
    expect(hatyai.rows.every((r) => r.areaDistrict === 'หาดใหญ่')).toBe(true);
    const hatyaiSummary = summary.districts.find((d) => d.district === 'หาดใหญ่')!;
    const khoHong = await core.call('volunteer-list', { district: 'หาดใหญ่', subdistrict: 'คอหงส์' });
    expect(khoHong.total).toBe(hatyaiSummary.subdistricts.find((s) => s.subdistrict === 'คอหงส์')!.count);

    const resigned = await core.call('volunteer-list', { status: 'resigned' });
    expect(resigned.total).toBe(summary.byStatus.resigned);
    expect(resigned.total).toBeGreaterThan(0);

    const soon = await core.call('volunteer-list', { termEndsWithinDays: 90, pageSize: 200 });
    expect(soon.rows.every((r) => r.termEnd! >= '2025-06-01' && r.termEnd! <= '2025-08-30' && r.status === 'active')).toBe(true);

    const byTermDesc = await core.call('volunteer-list', { sortBy: 'termEnd', sortDir: 'desc', pageSize: 5 });
    const ends = byTermDesc.rows.map((r) => r.termEnd!);
    expect([...ends].sort().reverse()).toEqual(ends);

    const again = await core.dispatch('demo-load', {});
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });

  it('audits create, change, status change and term with the operator and old → new values', async () => {
    const core = testCore({ now: () => NOW });
    await withOperator(core);
    const { id } = await core.call('volunteer-create', malee);
    await core.call('volunteer-update', { ...malee, id, phone: '0811111111', lastName: 'เกษมสุขใจ' });
    let d = await core.call('volunteer-status-change', { id, status: 'term_ended', date: '2025-06-30', reason: 'ครบวาระ' });
    expect(d.volunteer.status).toBe('term_ended');
    d = await core.call('volunteer-term-add', { id, orderNo: '45/2568', orderDate: '2025-06-20', termStart: '2025-07-01', termEnd: '2028-06-30' });
    expect(d.volunteer).toMatchObject({ status: 'active', termStart: '2025-07-01', termEnd: '2028-06-30', appointmentOrderNo: '45/2568' });
    expect(d.terms.map((t) => t.termEnd)).toEqual(['2025-06-30', '2028-06-30']);
    expect(d.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.reason])).toEqual([
      ['active', 'term_ended', 'ครบวาระ'],
      ['term_ended', 'active', 'แต่งตั้งวาระใหม่ ตามคำสั่งที่ 45/2568'],
    ]);
    expect(d.audit.map((e) => e.action)).toEqual(['status', 'term', 'status', 'update', 'create']);
    expect(d.audit.every((e) => e.operator === 'สุดา')).toBe(true);
    const update = d.audit.find((e) => e.action === 'update')!;
    expect(update.details).toEqual({ phone: ['0899998888', '0811111111'], lastName: ['เกษมสุข', 'เกษมสุขใจ'] });
    const bad = await core.dispatch('volunteer-status-change', { id, status: 'resigned', date: '2025-06-01', reason: '' });
    expect(!bad.ok && bad.error.fields?.reason).toBe('กรุณาระบุเหตุผล');
  });

  it('erases personal data for a PDPA request, keeping an anonymous row and an audit entry', async () => {
    const core = testCore({ now: () => NOW });
    await withOperator(core);
    const { id } = await core.call('volunteer-create', somchai);
    await core.call('volunteer-create', malee);
    const file = await core.call('volunteer-export-person', { id });
    expect(JSON.parse(new TextDecoder().decode(file.bytes)).volunteer.lastName).toBe('ใจดีมาก');

    const d = await core.call('volunteer-erase', { id, reason: 'เจ้าของข้อมูลขอให้ลบ' });
    expect(d.volunteer).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', lastName: '', nationalId: '', phone: '', birthDate: null, status: 'active' });
    expect(d.volunteer.erasedAt).not.toBeNull();
    expect(d.volunteer.area.district).toBe('หาดใหญ่');
    expect(d.audit[0]).toMatchObject({ action: 'erase', operator: 'สุดา', details: { reason: 'เจ้าของข้อมูลขอให้ลบ' } });
    expect(JSON.stringify(d.audit)).not.toContain('ใจดีมาก');
    expect(JSON.stringify(d.audit)).not.toContain('1101700203450');

    const summary = await core.call('volunteer-summary', {});
    expect(summary).toMatchObject({ total: 2, erased: 1 });
    expect((await core.call('volunteer-list', { q: 'ใจดี' })).total).toBe(0);
    // The ID is free again and the erased record cannot be edited.
    await core.call('volunteer-create', { ...somchai, firstName: 'สมชาย' });
    const edit = await core.dispatch('volunteer-update', { ...malee, id });
    expect(!edit.ok && edit.error.code).toBe('CONFLICT');
  });

  it('erases the person from seminar lists too, keeping the row for counts', async () => {
    const core = testCore({ now: () => NOW });
    const seminar = await core.call('seminar-create', songkhlaSeminar);
    const { id } = await core.call('volunteer-create', somchai);
    await core.call('participant-add-volunteers', { seminarId: seminar.id, groupId: seminar.groups[2].id, volunteerIds: [id] });
    const d = await core.call('volunteer-erase', { id, reason: 'คำขอเลขที่ 1/2568' });
    expect(d.audit[0].details).toEqual({ reason: 'คำขอเลขที่ 1/2568', seminarRows: 1 });
    const after = await core.call('seminar-get', { id: seminar.id });
    expect(after.participants).toHaveLength(1);
    expect(JSON.stringify(after.participants)).not.toContain('ใจดีมาก');
  });
});
