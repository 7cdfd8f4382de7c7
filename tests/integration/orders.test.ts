import { describe, expect, it } from 'vitest';
import { DEFAULT_LEGAL_BASIS, termEndFor } from '@shared/api/orders';
import { testCore } from '../helpers/core';
import { docxText } from './reports/docx-tools';
import { LETTER_OFFICE } from './reports/letter-fixtures';
import { expectFontsEmbedded, expectLinesEndBetweenWords, expectTextContains, pdfPages, pdfText, renderPages, savePdf } from './reports/pdf-tools';

const NOW = new Date('2025-09-01T03:00:00Z');

async function register() {
  const core = testCore({ now: () => NOW });
  await core.call('demo-load', {});
  await core.call('settings-save', LETTER_OFFICE);
  return core;
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
});
