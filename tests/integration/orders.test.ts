import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { DEFAULT_LEGAL_BASIS, termEndFor } from '@shared/api/orders';
import { testCore } from '../helpers/core';
import { docxText } from './reports/docx-tools';
import { LETTER_OFFICE } from './reports/letter-fixtures';
import { expectFontsEmbedded, expectLinesEndBetweenWords, expectTextContains, firstImageHeightCm, pdfPages, pdfText, renderPages, savePdf } from './reports/pdf-tools';

const NOW = new Date('2025-09-01T03:00:00Z');

async function register() {
  const core = testCore({ now: () => NOW });
  await core.call('demo-load', {});
  await core.call('settings-save', LETTER_OFFICE);
  return core;
}

/** The actions the audit trail holds for one order, read from the file. */
function orderAudit(dataDir: string, id: number): string[] {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  const actions = db.prepare("SELECT action FROM audit_log WHERE entity = 'order' AND entity_id = ?").pluck().all(String(id)) as string[];
  db.close();
  return actions;
}

describe('appointment orders (คำสั่งแต่งตั้ง)', () => {
  it('counts a term in whole years, 29 February included', () => {
    expect(termEndFor('2025-10-01', 3)).toBe('2028-09-30');
    expect(termEndFor('2024-02-29', 1)).toBe('2025-02-27');
    expect(termEndFor('2025-01-01', 2)).toBe('2026-12-31');
  });

  it('renews the terms ending, records the order on each term, and prints it as PDF and Word', async () => {
    const core = await register();
    const ending = await core.call('order-candidates', { kind: 'renewal', withinDays: 90 });
    // The same people the register's "terms ending" view lists.
    const view = await core.call('volunteer-list', { termEndsWithinDays: 90, pageSize: 200 });
    expect(ending.map((c) => c.id).sort()).toEqual(view.rows.map((r) => r.id).sort());
    expect(ending.length).toBeGreaterThan(3);
    const districts = [...new Set(ending.map((c) => c.areaDistrict))];
    expect(districts.length).toBeGreaterThan(1);

    expect(await core.call('order-next-no', { date: '2025-09-15' })).toEqual({ orderNo: '1/2568' });
    const order = await core.call('order-create', {
      kind: 'renewal',
      orderNo: '1/2568',
      orderDate: '2025-09-15',
      termStart: '2025-10-01',
      termEnd: termEndFor('2025-10-01', 3),
      volunteerIds: ending.map((c) => c.id),
    });
    expect(order.people).toBe(ending.length);
    expect(order.signerName).toBe(LETTER_OFFICE.headName);
    expect(order.legalBasis).toBe(DEFAULT_LEGAL_BASIS);
    expect(await core.call('order-next-no', { date: '2025-12-01' })).toEqual({ orderNo: '2/2568' });
    expect(await core.call('order-next-no', { date: '2026-01-05' })).toEqual({ orderNo: '1/2569' });

    // Each person's new term carries the order; the register row shows the new term.
    const person = await core.call('volunteer-get', { id: ending[0].id });
    expect(person.terms.at(-1)).toMatchObject({ orderNo: '1/2568', orderDate: '2025-09-15', termStart: '2025-10-01', termEnd: '2028-09-30' });
    expect(person.volunteer).toMatchObject({ appointmentOrderNo: '1/2568', termEnd: '2028-09-30', status: 'active' });
    // Renewed: no longer in the terms ending.
    expect(await core.call('order-candidates', { kind: 'renewal', withinDays: 90 })).toEqual([]);
    expect(await core.call('order-list', {})).toEqual([expect.objectContaining({ id: order.id, orderNo: '1/2568', people: ending.length })]);

    const file = await core.call('order-document', { id: order.id });
    expect(file.name).toBe('คำสั่งแต่งตั้งอาสาสมัครแรงงาน-1-2568.pdf');
    const pdf = savePdf('order-renewal.pdf', file.bytes);
    expectFontsEmbedded(pdf);
    // คำสั่ง: the Garuda 3 cm high, as a หนังสือภายนอก.
    expect(firstImageHeightCm(pdf)).toBeCloseTo(3, 1);
    const text = pdfText(pdf);
    const renewalParagraph = `อาศัยอำนาจตาม${DEFAULT_LEGAL_BASIS} ${LETTER_OFFICE.officeName} จึงแต่งตั้งให้บุคคลตามบัญชีรายชื่อแนบท้ายคำสั่งนี้ จำนวน ${ending.length} คน ดำรงตำแหน่งอาสาสมัครแรงงานต่ออีกวาระหนึ่ง มีวาระการดำรงตำแหน่ง 3 ปี ตั้งแต่วันที่ 1 ตุลาคม พ.ศ. 2568 ถึงวันที่ 30 กันยายน พ.ศ. 2571`;
    expectTextContains(
      text,
      [
        `คำสั่ง${LETTER_OFFICE.officeName}`,
        'ที่ 1/2568',
        'เรื่อง แต่งตั้งอาสาสมัครแรงงาน',
        'ทั้งนี้ ตั้งแต่วันที่ 1 ตุลาคม พ.ศ. 2568 เป็นต้นไป',
        'สั่ง ณ วันที่ 15 กันยายน พ.ศ. 2568',
        `(${LETTER_OFFICE.headName})`,
        LETTER_OFFICE.headPosition,
        'บัญชีรายชื่ออาสาสมัครแรงงาน',
        `จำนวนทั้งสิ้น ${ending.length} คน`,
        ...districts.map((d) => `อำเภอ${d}`),
        ...ending.map((c) => c.name),
      ],
      [renewalParagraph, `แนบท้ายคำสั่ง${LETTER_OFFICE.officeName} ที่ 1/2568 ลงวันที่ 15 กันยายน พ.ศ. 2568`],
    );
    expectLinesEndBetweenWords(text, renewalParagraph);
    // The order on its first page, the list after it.
    expect(pdfText(pdf).split('\f')[0]).toContain('สั่ง ณ วันที่');
    expect(pdfText(pdf).split('\f')[0]).not.toContain('บัญชีรายชื่ออาสาสมัครแรงงาน');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2);
    renderPages(pdf, 1, 2);

    const word = await core.call('order-document', { id: order.id, format: 'docx' });
    expect(word.name).toBe('คำสั่งแต่งตั้งอาสาสมัครแรงงาน-1-2568.docx');
    const docx = docxText(savePdf('order-renewal.docx', word.bytes));
    expectTextContains(docx, [`คำสั่ง${LETTER_OFFICE.officeName}`, 'ที่ 1/2568', 'เรื่อง แต่งตั้งอาสาสมัครแรงงาน', 'สั่ง ณ วันที่ 15 กันยายน พ.ศ. 2568', `(${LETTER_OFFICE.headName})`, ...ending.map((c) => c.name)]);
    expect(docx).not.toMatch(/[\u200B\uE000\uE001]/);
  });

  it('renews, when asked, the terms that already ended unrenewed: marked ครบวาระ, or still on duty past the end; each comes back on duty', async () => {
    const core = await register();
    const ending = (await core.call('order-candidates', { kind: 'renewal', withinDays: 90 })).map((c) => c.id);
    const ended = (await core.call('volunteer-list', { status: 'term_ended', pageSize: 200 })).rows;
    expect(ended.length).toBeGreaterThan(0);
    // On duty in the register, but the term ended a month ago and nobody marked it.
    const [overdue] = (await core.call('volunteer-list', { status: 'active', pageSize: 200 })).rows.filter((r) => !ending.includes(r.id));
    await core.call('volunteer-term-add', { id: overdue.id, orderNo: '9/2565', orderDate: '2022-07-20', termStart: '2022-08-01', termEnd: '2025-07-31' });
    expect((await core.call('volunteer-get', { id: overdue.id })).volunteer).toMatchObject({ status: 'active', termEnd: '2025-07-31' });

    // The terms ending alone, as before: none of them.
    const plain = (await core.call('order-candidates', { kind: 'renewal', withinDays: 90 })).map((c) => c.id);
    for (const id of [overdue.id, ...ended.map((r) => r.id)]) expect(plain).not.toContain(id);
    // With the lapsed terms: the terms ending, and both kinds of lapsed ones.
    const lapsed = await core.call('order-candidates', { kind: 'renewal', withinDays: 90, lapsed: true });
    expect(lapsed.map((c) => c.id).sort()).toEqual([...ending, overdue.id, ...ended.map((r) => r.id)].sort());
    expect(lapsed.find((c) => c.id === overdue.id)?.termEnd).toBe('2025-07-31');

    await core.call('order-create', { kind: 'renewal', orderNo: '3/2568', orderDate: '2025-09-01', termStart: '2025-09-01', termEnd: '2028-08-31', volunteerIds: [overdue.id, ended[0].id] });
    for (const id of [overdue.id, ended[0].id]) {
      const v = await core.call('volunteer-get', { id });
      expect(v.volunteer).toMatchObject({ status: 'active', appointmentOrderNo: '3/2568', termStart: '2025-09-01', termEnd: '2028-08-31' });
    }
    const after = (await core.call('order-candidates', { kind: 'renewal', withinDays: 90, lapsed: true })).map((c) => c.id);
    expect(after).not.toContain(overdue.id);
    expect(after).not.toContain(ended[0].id);
  });

  it('appoints a new intake in Thai digits, and refuses a used number and people who cannot serve, saving nothing', async () => {
    const core = await register();
    const created = await core.call('volunteer-create', {
      title: 'นาง', firstName: 'สมศรี', lastName: 'มาใหม่', firstNameEn: '', lastNameEn: '', nationalId: '1103700000011', birthDate: '1980-01-01', sex: 'female',
      phone: '', lineId: '', email: '', address: { houseNo: '1', moo: '', village: '', soi: '', road: '', subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา', postcode: '90110' },
      education: '', occupation: '', level: '', area: { subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา' }, appointmentOrderNo: '', appointmentDate: null, termStart: null, termEnd: null, notes: '',
    });
    const intake = await core.call('order-candidates', { kind: 'new' });
    expect(intake.map((c) => c.id)).toContain(created.id);
    const input = { kind: 'new' as const, orderNo: '5/2568', orderDate: '2025-09-01', termStart: '2025-09-01', termEnd: '2028-08-31', volunteerIds: [created.id] };
    const order = await core.call('order-create', input);
    expect((await core.call('order-candidates', { kind: 'new' })).map((c) => c.id)).not.toContain(created.id);

    const again = await core.dispatch('order-create', input);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { orderNo: 'เลขที่คำสั่ง 5/2568 มีอยู่แล้ว ใช้เลขที่ถัดไป' } } });
    const badNo = await core.dispatch('order-create', { ...input, orderNo: '5' });
    expect(badNo).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { orderNo: 'เลขที่คำสั่งต้องเป็นเลขที่/ปี พ.ศ. เช่น 12/2568' } } });

    const [stays, leaves] = (await core.call('volunteer-list', { status: 'active', pageSize: 2 })).rows;
    await core.call('volunteer-status-change', { id: leaves.id, status: 'resigned', date: '2025-08-01', reason: 'ย้ายที่อยู่' });
    const refused = await core.dispatch('order-create', { ...input, orderNo: '6/2568', volunteerIds: [stays.id, leaves.id] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain(`${leaves.title}${leaves.firstName} ${leaves.lastName} (ลาออก)`);
    expect((await core.call('volunteer-get', { id: stays.id })).volunteer.appointmentOrderNo).not.toBe('6/2568');
    expect((await core.call('order-list', {})).map((o) => o.orderNo)).toEqual(['5/2568']);

    const file = await core.call('order-document', { id: order.id, thaiDigits: true });
    const text = pdfText(savePdf('order-new.pdf', file.bytes));
    expectTextContains(text, ['ที่ ๕/๒๕๖๘', 'สั่ง ณ วันที่ ๑ กันยายน พ.ศ. ๒๕๖๘', 'นางสมศรี มาใหม่', 'อำเภอหาดใหญ่ (๑ คน)'], ['จึงแต่งตั้งบุคคลตามบัญชีรายชื่อแนบท้ายคำสั่งนี้ จำนวน ๑ คน เป็นอาสาสมัครแรงงาน']);
    expect(text).not.toMatch(/[0-9]/);
  });

  it('reprints an order with the names, areas and levels as printed when issued, not the register as it reads now', async () => {
    const core = await register();
    const ending = await core.call('order-candidates', { kind: 'renewal', withinDays: 90 });
    const order = await core.call('order-create', { kind: 'renewal', orderNo: '7/2568', orderDate: '2025-09-15', termStart: '2025-10-01', termEnd: '2028-09-30', volunteerIds: ending.map((c) => c.id) });
    const renamed = ending[0];
    const { volunteer } = await core.call('volunteer-get', { id: renamed.id });
    // Married since: a new title and surname, and moved to another area.
    await core.call('volunteer-update', { ...volunteer, title: 'นาง', lastName: 'เปลี่ยนสกุลใหม่', level: 'ระดับใหม่หลังออกคำสั่ง', area: { ...volunteer.area, subdistrict: 'ตำบลที่ย้ายไป' } });
    const after = (await core.call('volunteer-get', { id: renamed.id })).volunteer;
    expect(`${after.title}${after.firstName} ${after.lastName}`).not.toBe(renamed.name);

    const detail = await core.call('order-get', { id: order.id });
    expect(detail.members.find((m) => m.volunteerId === renamed.id)).toEqual({
      volunteerId: renamed.id, name: renamed.name, areaSubdistrict: renamed.areaSubdistrict, areaDistrict: renamed.areaDistrict, level: renamed.level,
    });
    const text = pdfText(savePdf('order-reprint-after-rename.pdf', (await core.call('order-document', { id: order.id })).bytes));
    expectTextContains(text, [renamed.name, ...ending.map((c) => c.name)]);
    expect(text).not.toContain('เปลี่ยนสกุลใหม่');
    expect(text).not.toContain('ตำบลที่ย้ายไป');
    expect(text).not.toContain('ระดับใหม่หลังออกคำสั่ง');

    // A person erased under the PDPA leaves the printed list without their name; the count stays.
    const erased = ending[1];
    await core.call('volunteer-erase', { id: erased.id, reason: 'เจ้าของข้อมูลขอให้ลบ' });
    const listed = await core.call('order-get', { id: order.id });
    expect(listed.people).toBe(ending.length);
    expect(listed.members.find((m) => m.volunteerId === erased.id)?.name).toBe('ลบข้อมูลส่วนบุคคลแล้ว');
    expect(pdfText(savePdf('order-reprint-after-erase.pdf', (await core.call('order-document', { id: order.id })).bytes))).not.toContain(erased.name);
  });

  it('cancels an order (ยกเลิกคำสั่ง): its terms are removed, each person gets their previous term back, it stays listed as cancelled and prints only marked ยกเลิก', async () => {
    const core = await register();
    const ending = await core.call('order-candidates', { kind: 'renewal', withinDays: 90 });
    const before = await Promise.all(ending.map((c) => core.call('volunteer-get', { id: c.id })));
    // One of them had already finished the term: the order returned them to duty.
    const lapsed = ending[1].id;
    await core.call('volunteer-status-change', { id: lapsed, status: 'term_ended', date: '2025-08-30', reason: 'ครบวาระ' });
    const lapsedBefore = await core.call('volunteer-get', { id: lapsed });
    const order = await core.call('order-create', { kind: 'renewal', orderNo: '8/2568', orderDate: '2025-08-31', termStart: '2025-10-01', termEnd: '2028-09-30', volunteerIds: ending.map((c) => c.id) });
    expect((await core.call('volunteer-get', { id: lapsed })).volunteer.status).toBe('active');

    const early = await core.dispatch('order-cancel', { id: order.id, reason: 'ออกคำสั่งซ้ำ', cancelledOn: '2025-08-01' });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { cancelledOn: 'วันที่ยกเลิกต้องไม่ก่อนวันที่ออกคำสั่ง (31 สิงหาคม 2568)' } } });
    const blank = await core.dispatch('order-cancel', { id: order.id, reason: '  ', cancelledOn: '2025-09-01' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const cancelled = await core.call('order-cancel', { id: order.id, reason: 'ระบุวาระผิด จะออกคำสั่งใหม่', cancelledOn: '2025-09-01' });
    expect(cancelled).toMatchObject({ cancelledOn: '2025-09-01', cancelReason: 'ระบุวาระผิด จะออกคำสั่งใหม่', people: ending.length });
    expect(cancelled.members.map((m) => m.name)).toEqual(ending.map((c) => c.name));
    for (const [i, c] of ending.entries()) {
      const now = await core.call('volunteer-get', { id: c.id });
      const was = c.id === lapsed ? lapsedBefore : before[i];
      expect(now.terms).toEqual(was.terms);
      expect(now.volunteer).toMatchObject({ appointmentOrderNo: was.volunteer.appointmentOrderNo, termStart: was.volunteer.termStart, termEnd: was.volunteer.termEnd });
    }
    const lapsedNow = await core.call('volunteer-get', { id: lapsed });
    expect(lapsedNow.volunteer.status).toBe('term_ended');
    expect(lapsedNow.statusChanges.at(-1)).toMatchObject({ fromStatus: 'active', toStatus: 'term_ended', date: '2025-09-01', reason: 'ยกเลิกคำสั่งที่ 8/2568: ระบุวาระผิด จะออกคำสั่งใหม่' });
    // The people are due for renewal again; the number stays taken.
    expect((await core.call('order-candidates', { kind: 'renewal', withinDays: 90 })).map((c) => c.id).sort()).toEqual(ending.filter((c) => c.id !== lapsed).map((c) => c.id).sort());
    expect(await core.call('order-next-no', { date: '2025-09-02' })).toEqual({ orderNo: '9/2568' });
    expect(await core.call('order-list', {})).toEqual([expect.objectContaining({ orderNo: '8/2568', cancelledOn: '2025-09-01', people: ending.length })]);
    expect(orderAudit(core.dataDir, order.id)).toContain('cancel');

    const again = await core.dispatch('order-cancel', { id: order.id, reason: 'ซ้ำ', cancelledOn: '2025-09-02' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'คำสั่งที่ 8/2568 ถูกยกเลิกไปแล้วเมื่อวันที่ 1 กันยายน 2568' } });
    const word = await core.dispatch('order-document', { id: order.id, format: 'docx' });
    expect(word).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const pdf = savePdf('order-cancelled.pdf', (await core.call('order-document', { id: order.id })).bytes);
    const text = pdfText(pdf);
    expectTextContains(text, ['คำสั่งนี้ถูกยกเลิกแล้ว ตั้งแต่วันที่ 1 กันยายน พ.ศ. 2568 เหตุผล: ระบุวาระผิด จะออกคำสั่งใหม่', 'ที่ 8/2568', ...ending.map((c) => c.name)]);
    // The watermark on every page.
    for (const page of text.split('\f').filter((p) => p.trim())) expect(page).toContain('ยกเลิก');
    renderPages(pdf, 1, 2);
  });

  it('cancels all or nothing: a failure on one person leaves every term, the register and the order as they were', async () => {
    const core = await register();
    const ending = await core.call('order-candidates', { kind: 'renewal', withinDays: 90 });
    const order = await core.call('order-create', { kind: 'renewal', orderNo: '9/2568', orderDate: '2025-08-31', termStart: '2025-10-01', termEnd: '2028-09-30', volunteerIds: ending.map((c) => c.id) });
    const before = await Promise.all(ending.map((c) => core.call('volunteer-get', { id: c.id })));
    // The disk refuses the change of the last person on the list, after the others were done.
    const last = ending.at(-1)!.id;
    const db = new Database(path.join(core.dataDir, DATABASE_FILE));
    db.exec(`CREATE TRIGGER fail_cancel BEFORE DELETE ON volunteer_terms WHEN old.volunteer_id = ${last} BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    db.close();
    const r = await core.dispatch('order-cancel', { id: order.id, reason: 'ทดสอบ', cancelledOn: '2025-09-01' });
    expect(r.ok).toBe(false);
    for (const [i, c] of ending.entries()) expect(await core.call('volunteer-get', { id: c.id })).toEqual(before[i]);
    expect((await core.call('order-get', { id: order.id })).cancelledOn).toBeNull();
    expect(orderAudit(core.dataDir, order.id)).not.toContain('cancel');
  });
});
