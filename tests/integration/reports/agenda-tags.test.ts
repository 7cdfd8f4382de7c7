import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseParticipantCode, participantCode } from '@shared/schemas/participant-code';
import { songkhlaSeminar } from '../../helpers/seminar-fixtures';
import { plannedSeminar } from './letter-fixtures';
import { PROJECT_TITLE } from './fixtures';
import { expectTextContains, pdfPages, pdfText, renderPages, savePdf } from './pdf-tools';
import { nameTags, titleSize } from '../../../electron/core/reports/documents/name-tags';
import { renderPdf } from '../../../electron/core/reports/engine/render';
import { testEnv } from './env';

describe('agenda and name tags', () => {
  it('prints the agenda from the days, sessions and speakers', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    const [morning] = seminar.days[0].sessions;
    await core.call('speaker-save', { seminarId: seminar.id, sessionId: morning.id, name: 'นายประเสริฐ วิทยากร', position: 'จัดหางานจังหวัดสงขลา', agency: '', isGovernment: true, hours: 3 });
    const file = await core.call('report-agenda', { seminarId: seminar.id });
    expect(file.name).toBe(`กำหนดการ-${seminar.id}.pdf`);
    const text = pdfText(savePdf('agenda.pdf', file.bytes));
    expectTextContains(
      text,
      ['กำหนดการ', 'วันศุกร์ที่ 13 มีนาคม 2563', '09.00 – 12.00 น.', 'พิธีเปิดและบรรยายพิเศษ', 'โดย นายประเสริฐ วิทยากร จัดหางานจังหวัดสงขลา', '13.00 – 16.30 น.'],
      [PROJECT_TITLE, 'ณ ห้องประชุมโรงแรมหรรษา เจ.บี. อำเภอหาดใหญ่ จังหวัดสงขลา', 'การประสานงานเครือข่ายอาสาสมัครแรงงาน'],
    );
  });

  it('shows the breaks between sessions: lunch over midday, a refreshment break otherwise', async () => {
    const { core } = await plannedSeminar({ people: false });
    const s = await core.call('seminar-create', {
      ...songkhlaSeminar,
      days: [{ date: '2020-03-13', sessions: [{ start: '09:00', end: '10:30', topic: 'บรรยายพิเศษ' }, { start: '10:45', end: '12:00', topic: 'การประสานงานเครือข่าย' }, { start: '13:00', end: '16:00', topic: 'ประชุมกลุ่มย่อย' }] }],
    });
    const text = pdfText(savePdf('agenda-breaks.pdf', (await core.call('report-agenda', { seminarId: s.id })).bytes), 'layout');
    const lines = text.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines).toContain('10.30 – 10.45 น. พักรับประทานอาหารว่างและเครื่องดื่ม');
    expect(lines).toContain('12.00 – 13.00 น. พักรับประทานอาหารกลางวัน');
    // In the order of the day.
    expect(text.indexOf('บรรยายพิเศษ')).toBeLessThan(text.indexOf('พักรับประทานอาหารว่าง'));
    expect(text.indexOf('พักรับประทานอาหารกลางวัน')).toBeLessThan(text.indexOf('ประชุมกลุ่มย่อย'));
  });

  it('prints 8 or 10 name tags a sheet, each with a Code 128 barcode of the code the check-in desk accepts', async () => {
    const { core, seminar, groups } = await plannedSeminar();
    const eight = await core.call('report-name-tags', { seminarId: seminar.id });
    const path8 = savePdf('name-tags-8.pdf', eight.bytes);
    expect(pdfPages(path8)).toBe(Math.ceil(100 / 8));
    const text = pdfText(path8);
    const participants = (await core.call('seminar-get', { id: seminar.id })).participants;
    expectTextContains(text, [...groups[0].people.map((p) => p.name), 'หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน', ...participants.map((p) => participantCode(p.id))]);

    const ten = await core.call('report-name-tags', { seminarId: seminar.id, perPage: 10, groupIds: [seminar.groups[1].id] });
    const path10 = savePdf('name-tags-10.pdf', ten.bytes);
    expect(pdfPages(path10)).toBe(2);
    expect(pdfText(path10)).not.toContain(groups[0].people[0].name);

    // A scanner reads the printed bars back as the code, and the code names the participant.
    execFileSync('pdftoppm', ['-png', '-r', '300', '-f', '1', '-l', '1', path10, path10.replace(/\.pdf$/, '-scan')]);
    const scanned = execFileSync('zbarimg', ['-q', '--raw', path10.replace(/\.pdf$/, '-scan-1.png')], { encoding: 'utf8' }).trim().split('\n').sort();
    const firstPage = participants.filter((p) => p.groupId === seminar.groups[1].id).slice(0, 10);
    expect(scanned).toEqual(firstPage.map((p) => participantCode(p.id)).sort());
    expect(scanned.map(parseParticipantCode).sort()).toEqual(firstPage.map((p) => p.id).sort());
  });

  it('shows a long seminar title whole on each name tag, in a smaller size, not cut', async () => {
    const env = testEnv();
    const title = `${PROJECT_TITLE} เพื่อพัฒนาศักยภาพเครือข่ายอาสาสมัครแรงงานในการชี้เป้า คัดกรอง และส่งต่อปัญหาด้านแรงงาน`;
    expect(titleSize(PROJECT_TITLE, env)).toBe(12);
    expect(titleSize(title, env)).toBeLessThan(12);
    const tags = Array.from({ length: 10 }, (_, i) => ({ name: `นายสมหมาย ทดสอบ${i}`, group: 'อาสาสมัครแรงงาน', agency: '', code: participantCode(i + 1) }));
    const file = savePdf('name-tags-long-title.pdf', await renderPdf(nameTags({ projectTitle: title, tags, perPage: 10 }, env), env.font));
    // Every tag of the page carries the title's last words.
    expect(pdfText(file).replace(/\s+/g, '').split('และส่งต่อปัญหาด้านแรงงาน').length - 1).toBe(10);
    renderPages(file, 1, 1);
  });
});
