import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { nationalIdFor, songkhlaSeminar } from '../helpers/seminar-fixtures';
import { expectTextContains, pdfText, renderPages, savePdf } from './reports/pdf-tools';

describe('speaker receipt (ใบสำคัญรับเงิน): the payee as the form asks', () => {
  it('keeps the speaker’s national ID (checked) and address, prints them in full with the fee named as the budget names it and the amount in words', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const sessionId = s.days[0].sessions[0].id;
    const base = { seminarId: s.id, sessionId, position: 'อาจารย์', agency: 'มหาวิทยาลัยสงขลานครินทร์', isGovernment: true, hours: 3 };

    // A wrong check digit is refused, in Thai, on the field.
    const wrong = nationalIdFor(9).slice(0, 12) + ((Number(nationalIdFor(9)[12]) + 1) % 10);
    const refused = await core.dispatch('speaker-save', { ...base, name: 'ดร.วิชัย ความรู้', nationalId: wrong, address: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { nationalId: 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)' } } });

    const address = '15 ถนนกาญจนวนิช ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา 90110';
    const typed = nationalIdFor(9).replace(/^(\d)(\d{4})(\d{5})(\d{2})(\d)$/, '$1-$2-$3-$4-$5');
    const { id } = await core.call('speaker-save', { ...base, name: 'ดร.วิชัย ความรู้', nationalId: typed, address });
    await core.call('speaker-save', { ...base, name: 'นางญาดา ฐิติพงศ์', agency: 'สำนักงานประกันสังคมจังหวัดสงขลา' });
    const saved = (await core.call('seminar-get', { id: s.id })).speakers;
    expect(saved.map((x) => [x.name, x.nationalId, x.address])).toEqual([
      ['ดร.วิชัย ความรู้', nationalIdFor(9), address],
      ['นางญาดา ฐิติพงศ์', '', ''],
    ]);
    // Edited later in the speaker form: the rest of the row stays.
    await core.call('speaker-save', { ...base, id, name: 'ดร.วิชัย ความรู้', nationalId: nationalIdFor(9), address: `${address} โทร 074-000000` });
    expect((await core.call('seminar-get', { id: s.id })).speakers[0]).toMatchObject({ id, hours: 3, address: `${address} โทร 074-000000` });

    const file = savePdf('speaker-receipt-payee.pdf', (await core.call('report-speaker-receipts', { seminarId: s.id })).bytes);
    const text = pdfText(file);
    const pages = text.split('\f');
    const flat = (t: string) => t.replace(/\s+/g, '');
    expect(flat(pages[0])).toContain(flat(`เลขประจำตัวประชาชน ${typed}`));
    expect(flat(pages[0])).toContain(flat(address));
    expectTextContains(pages[0], ['ค่าสมนาคุณวิทยากร', 'รวมเงิน', 'บาทถ้วน']);
    // None kept: a line to fill in by hand.
    expect(pages[1]).toMatch(/เลขประจำตัวประชาชน \.{20,}/);
    renderPages(file, 1, 2);
  });
});
