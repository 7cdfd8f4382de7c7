import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { songkhlaSeminar } from '../../helpers/seminar-fixtures';
import { LETTER_OFFICE, plannedSeminar } from './letter-fixtures';
import { emblemDataUrl, PROJECT_TITLE } from './fixtures';
import { docxTableColumns, docxText } from './docx-tools';
import { expectTextContains, firstImageHeightCm, pdfPages, pdfText, renderPages, savePdf } from './pdf-tools';

describe('letters before the event', () => {
  it('writes one invitation per group with its list attached, as PDF and as Word', async () => {
    const { core, seminar, groups } = await plannedSeminar();
    const input = { seminarId: seminar.id, mode: 'group' as const, bookNo: 'สข 0019/ว 123', date: '2020-02-20', unit: 'กลุ่มงานยุทธศาสตร์และสารสนเทศ', fax: '0 7431 1048' };
    const file = await core.call('report-invitation', input);
    expect(file.name).toBe(`หนังสือเชิญ-${seminar.id}.pdf`);
    const path = savePdf('letters-invitation-group.pdf', file.bytes);
    const text = pdfText(path);
    expectTextContains(
      text,
      [
        'ที่ สข 0019/ว 123',
        LETTER_OFFICE.officeName,
        'ศาลากลางจังหวัดสงขลา ถนนราชดำเนิน',
        '20 กุมภาพันธ์ 2563',
        'เรียน อาสาสมัครแรงงาน (ตามบัญชีรายชื่อแนบท้าย)',
        'สิ่งที่ส่งมาด้วย 1. กำหนดการ',
        '2. บัญชีรายชื่ออาสาสมัครแรงงาน',
        'ขอแสดงความนับถือ',
        '(นายสมชาย ใจดี)',
        'แรงงานจังหวัดสงขลา',
        'กลุ่มงานยุทธศาสตร์และสารสนเทศ',
        'โทร. 074-311-047',
        'โทรสาร 0 7431 1048',
        ...groups[2].people.map((p) => p.name),
      ],
      [`เรื่อง ขอเชิญเข้าร่วม${PROJECT_TITLE}`, 'ในวันที่ 13 มีนาคม 2563 เวลา 09.00 น. ณ ห้องประชุมโรงแรมหรรษา เจ.บี. อำเภอหาดใหญ่ จังหวัดสงขลา'],
    );
    // หนังสือภายนอก: the Garuda 3 cm high.
    expect(firstImageHeightCm(path)).toBeCloseTo(3, 1);
    // Three letters, each on its own page, the volunteers' list over more pages after its letter.
    expect(text.split('ขอแสดงความนับถือ').length - 1).toBe(3);
    expect(pdfPages(path)).toBeGreaterThanOrEqual(6);

    const word = await core.call('report-invitation', { ...input, format: 'docx' });
    expect(word.name).toBe(`หนังสือเชิญ-${seminar.id}.docx`);
    const docx = docxText(savePdf('letters-invitation-group.docx', word.bytes));
    expectTextContains(docx, ['ที่ สข 0019/ว 123', 'เรียน', 'อาสาสมัครแรงงาน (ตามบัญชีรายชื่อแนบท้าย)', 'ขอแสดงความนับถือ', '(นายสมชาย ใจดี)', 'โทรสาร 0 7431 1048', groups[2].people[74].name]);
    expect(docx).not.toMatch(/[\u200B\uE000\uE001]/);
  });

  it('writes one invitation per agency, addressed to its head, naming those invited', async () => {
    const { core, seminar, groups } = await plannedSeminar();
    const file = await core.call('report-invitation', { seminarId: seminar.id, mode: 'agency', groupIds: [seminar.groups[0].id], thaiDigits: true });
    const text = pdfText(savePdf('letters-invitation-agency.pdf', file.bytes));
    expectTextContains(text, ['เรียน จัดหางานจังหวัดสงขลา', 'เรียน ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๑๒ สงขลา', 'ที่ ....'], [groups[0].people[1].name]);
    // Five agencies, less the office itself.
    expect(text.split('ขอแสดงความนับถือ').length - 1).toBe(4);
    expect(text).not.toContain('เรียน แรงงานจังหวัดสงขลา');
    expect(text).not.toMatch(/[0-9]{4}/);
  });

  it('per agency with every group: people whose agency is an area (the volunteers’ ตำบล…) or blank are invited by their group’s letter with its list, never as “ผู้อำนวยการตำบล…”', async () => {
    const { core, seminar, groups } = await plannedSeminar();
    const file = await core.call('report-invitation', { seminarId: seminar.id, mode: 'agency', groupIds: [] });
    const text = pdfText(savePdf('letters-invitation-agency-all.pdf', file.bytes));
    expect(text).not.toMatch(/เรียน ผู้อำนวยการ(ตำบล|อำเภอ)/);
    expectTextContains(text, ['เรียน จัดหางานจังหวัดสงขลา', 'เรียน อาสาสมัครแรงงาน (ตามบัญชีรายชื่อแนบท้าย)', 'บัญชีรายชื่ออาสาสมัครแรงงาน', ...groups[2].people.map((p) => p.name)]);
    // The agencies of the two official groups (the office itself aside), and one letter for the volunteers.
    expect(text.split('ขอแสดงความนับถือ').length - 1).toBe(5);
  });

  it('the approval memo names the fiscal year once, after the title: a title that carries it is not followed by it again after the venue', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    const body = async (name: string, seminarId: number) => {
      const text = pdfText(savePdf(name, (await core.call('report-memo', { seminarId, kind: 'project' })).bytes)).replace(/\s+/g, '');
      return text.slice(text.indexOf('เรียน'), text.indexOf('กลุ่มเป้าหมาย'));
    };
    // The Songkhla title ends with "ประจำปีงบประมาณ พ.ศ. 2563".
    const carried = await body('letters-memo-fiscal-carried.pdf', seminar.id);
    expect(carried.split('ประจำปีงบประมาณพ.ศ.2563').length - 1).toBe(1);
    expect(carried).toContain(`มีแผนจัด${PROJECT_TITLE.replace(/\s+/g, '')}ในวันที่13มีนาคม2563`);
    // A title without it gets it once, right after the title.
    const short = 'โครงการสัมมนาเครือข่ายอาสาสมัครแรงงาน';
    const other = await core.call('seminar-create', { ...songkhlaSeminar, title: short });
    await core.call('budget-line-save', { seminarId: other.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 100, times: 1, rate: 120 });
    const added = await body('letters-memo-fiscal-added.pdf', other.id);
    expect(added.split('ประจำปีงบประมาณพ.ศ.2563').length - 1).toBe(1);
    expect(added).toContain(`มีแผนจัด${short}ประจำปีงบประมาณพ.ศ.2563ในวันที่13มีนาคม2563`);
  });

  it('writes the approval, loan and disbursement memos with the budget table', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    const project = await core.call('report-memo', { seminarId: seminar.id, kind: 'project', bookNo: 'สข 0019/', date: '2020-01-15', unit: 'กลุ่มงานยุทธศาสตร์และสารสนเทศ' });
    const text = pdfText(savePdf('letters-memo-project.pdf', project.bytes));
    expectTextContains(
      text,
      ['บันทึกข้อความ', 'ส่วนราชการ', 'ที่ สข 0019/', 'วันที่ 15 มกราคม 2563', 'เรียน แรงงานจังหวัดสงขลา', 'ค่าอาหารกลางวัน (100 × 1 × 120 บาท)', '12,000.00', '7,000.00', '5,000.00', '24,000.00', '(นางสาวสุดา รักงาน)', 'นักวิชาการแรงงานชำนาญการ', 'อนุมัติ'],
      [`เรื่อง ขออนุมัติ${PROJECT_TITLE}`, 'รวมทั้งสิ้น (สองหมื่นสี่พันบาทถ้วน)', 'กลุ่มเป้าหมายรวม 100 คน'],
    );
    // บันทึกข้อความ: the Garuda 1.5 cm high.
    expect(firstImageHeightCm(savePdf('letters-memo-project.pdf', project.bytes))).toBeCloseTo(1.5, 1);
    const loan = pdfText(savePdf('letters-memo-loan.pdf', (await core.call('report-memo', { seminarId: seminar.id, kind: 'loan' })).bytes));
    expectTextContains(loan, [], ['ขออนุมัติยืมเงิน', 'จำนวน 24,000.00 บาท (สองหมื่นสี่พันบาทถ้วน)']);
    const paid = pdfText(savePdf('letters-memo-disbursement.pdf', (await core.call('report-memo', { seminarId: seminar.id, kind: 'disbursement' })).bytes));
    expectTextContains(paid, [], ['ขออนุมัติเบิกจ่ายเงิน', 'จำนวน 5,000.00 บาท (ห้าพันบาทถ้วน)']);
    expect(paid).not.toContain('ค่าอาหารกลางวัน');

    const word = await core.call('report-memo', { seminarId: seminar.id, kind: 'project', format: 'docx' });
    const docxFile = savePdf('letters-memo-project.docx', word.bytes);
    const docx = docxText(docxFile);
    // Word sets TH Sarabun New at 16 pt, wider than the PDF's Sarabun: the budget table's order and
    // amount columns grow with it (at the PDF's widths `24,000.00` and `ลำดับ` broke inside their cells).
    const budget = docxTableColumns(docxFile).find((cols) => cols.length === 3)!;
    expect(budget[0]).toBeGreaterThanOrEqual(45);
    expect(budget[2]).toBeGreaterThanOrEqual(95);
    expectTextContains(docx, ['บันทึกข้อความ', 'ส่วนราชการ', 'ค่าอาหารกลางวัน (100 × 1 × 120 บาท)', '24,000.00', '(นางสาวสุดา รักงาน)']);
  });

  it('writes the news as a Word file from the text the clerk edited', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    const draft = await core.call('report-news-draft', { seminarId: seminar.id });
    const word = await core.call('report-news-pdf', { seminarId: seminar.id, headline: draft.headline, body: `${draft.body}\n\nแก้ไขโดยผู้ใช้`, format: 'docx' });
    expect(word.name).toBe(`ข่าวประชาสัมพันธ์-${seminar.id}.docx`);
    expectTextContains(docxText(savePdf('letters-news.docx', word.bytes)), [draft.headline, 'แก้ไขโดยผู้ใช้']);
  });

  it('news counts the planned or the attending people as chosen, and places the chosen photos in the PDF and the Word file', async () => {
    const { core, seminar } = await plannedSeminar({ people: true });
    const planned = await core.call('report-news-draft', { seminarId: seminar.id, count: 'planned' });
    expect(planned.body).toContain('เวลา 09.00 น.');
    expect(planned.body).toContain(`จำนวน ${seminar.groups.reduce((n, g) => n + g.plannedCount, 0)} คน`);
    const attended = await core.call('report-news-draft', { seminarId: seminar.id, count: 'attended' });
    expect(attended.body).toContain(`จำนวน ${seminar.participants.length} คน`);
    const photos = [];
    for (const i of [1, 2, 3]) photos.push(await core.call('seminar-photo-add', { seminarId: seminar.id, name: `ภาพ${i}.png`, bytes: new Uint8Array(Buffer.from(emblemDataUrl(80).split(',')[1], 'base64')), caption: `ภาพกิจกรรมที่ ${i}` }));
    const input = { seminarId: seminar.id, headline: planned.headline, body: planned.body, photoIds: [photos[0].id, photos[2].id] };
    const file = savePdf('letters-news-photos.pdf', (await core.call('report-news-pdf', input)).bytes);
    expectTextContains(pdfText(file), ['ภาพกิจกรรมที่ 1', 'ภาพกิจกรรมที่ 3']);
    expect(pdfText(file)).not.toContain('ภาพกิจกรรมที่ 2');
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2).toBeGreaterThanOrEqual(2);
    renderPages(file, 1, 1);
    const word = savePdf('letters-news-photos.docx', (await core.call('report-news-pdf', { ...input, format: 'docx' })).bytes);
    expectTextContains(docxText(word), ['ภาพกิจกรรมที่ 1', 'ภาพกิจกรรมที่ 3']);
    expect(execFileSync('unzip', ['-l', word], { encoding: 'utf8' }).match(/word\/media\//g)?.length).toBe(2);
    const tooMany = await core.dispatch('report-news-pdf', { ...input, photoIds: photos.map((p) => p.id) });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says what is missing when no budget is planned yet', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    for (const b of seminar.budget) await core.call('budget-line-delete', { id: b.id });
    const r = await core.dispatch('report-memo', { seminarId: seminar.id, kind: 'loan' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'ยังไม่มีรายการงบประมาณของโครงการ จึงยังพิมพ์เอกสารนี้ไม่ได้' } });
  });
});
