import { describe, expect, it } from 'vitest';
import { certificates, certificateWording } from '../../../electron/core/reports/documents/certificates';
import { newsPdf, newsText } from '../../../electron/core/reports/documents/news';
import { paymentEvidence } from '../../../electron/core/reports/documents/payment-evidence';
import { resultReport, type ResultReportData } from '../../../electron/core/reports/documents/result-report';
import { speakerFeeLine, speakerReceipts } from '../../../electron/core/reports/documents/speaker-receipt';
import { volunteerList } from '../../../electron/core/reports/documents/volunteer-list';
import { renderDocx } from '../../../electron/core/reports/engine/docx';
import { CM } from '../../../electron/core/reports/engine/frame';
import { renderPdf } from '../../../electron/core/reports/engine/render';
import { docxText } from './docx-tools';
import { emblemDataUrl, LONG_PARAGRAPH, OFFICE_NAME, PROJECT_TITLE, SEMINAR_DATE, songkhlaGroups, VENUE } from './fixtures';
import { testEnv } from './env';
import { expectFontsEmbedded, expectLinesEndBetweenWords, expectTextContains, pageWords, pdfPages, pdfText, renderPages, savePdf } from './pdf-tools';

const groups = songkhlaGroups();
const head = { name: 'นายสมชาย ใจดี', position: 'แรงงานจังหวัดสงขลา' };
const officer = { name: 'นางสาวสุดา รักงาน', position: 'นักวิชาการแรงงานชำนาญการ' };
const chair = { name: 'นายวิรัตน์ ศรีสำราญ', position: 'รองผู้ว่าราชการจังหวัดสงขลา' };

async function make(name: string, doc: Parameters<typeof renderPdf>[0]) {
  const env = testEnv();
  const file = savePdf(name, await renderPdf(doc, env.font));
  expectFontsEmbedded(file);
  return { file, text: pdfText(file) };
}

const reportData: ResultReportData = {
  projectTitle: PROJECT_TITLE,
  fiscalYear: 2563,
  days: [{ date: SEMINAR_DATE, sessions: [{ start: '08:30', end: '09:00', topic: 'ลงทะเบียน' }, { start: '09:00', end: '12:00', topic: 'บทบาทหน้าที่ของอาสาสมัครแรงงาน' }, { start: '13:00', end: '16:00', topic: 'การคุ้มครองแรงงานและประกันสังคม' }] }],
  venue: VENUE,
  chair,
  reporter: head,
  objectives: ['เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน', 'เพื่อเพิ่มพูนความรู้ด้านแรงงานให้แก่อาสาสมัครแรงงาน'],
  groups: groups.map((g) => ({ name: g.name, planned: g.planned, attended: g.people.length - 2 })),
  budget: [
    { description: 'ค่าอาหารกลางวัน 100 คน × 1 มื้อ × 120 บาท', planned: 12000, actual: 11760 },
    { description: 'ค่าอาหารว่างและเครื่องดื่ม 100 คน × 2 มื้อ × 35 บาท', planned: 7000, actual: 6860 },
    { description: 'ค่าตอบแทนวิทยากร 6 ชั่วโมง × 600 บาท', planned: 3600, actual: 3600 },
  ],
  outcomes: LONG_PARAGRAPH,
  problems: 'ระยะเวลาในการจัดโครงการน้อยเกินไป',
  suggestions: 'ควรจัดโครงการอย่างต่อเนื่องทุกปี',
  photos: [1, 2, 3].map((i) => ({ dataUrl: emblemDataUrl(64), caption: `ภาพกิจกรรมที่ ${i}` })),
  reportedBy: officer,
};

describe('official documents', () => {
  it('payment evidence: amounts, total in figures and words, signatures', async () => {
    const rows = groups[2].people.slice(0, 40).map((p) => ({ name: p.name, agency: p.agency, amount: 200 }));
    const { file, text } = await make('payment-evidence.pdf', paymentEvidence({ purpose: 'ค่าพาหนะเดินทาง', projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, venue: VENUE, rows, payer: officer, certifier: head }, testEnv()));
    expectTextContains(text, ['หลักฐานการจ่ายเงินค่าพาหนะเดินทาง', 'ลำดับ', '13 มีนาคม 2563', '8,000.00', '(แปดพันบาทถ้วน)', `(${officer.name})`, `(${head.name})`, 'ผู้จ่ายเงิน', `ส่วนราชการ ${OFFICE_NAME}`, ...rows.map((r) => r.name)], [PROJECT_TITLE]);
    renderPages(file, pdfPages(file), pdfPages(file));
  });

  it('speaker fee receipts, one page per speaker', async () => {
    const env = testEnv();
    const receipts = [
      { speaker: { name: 'นายประยุทธ์ ทองคำ', position: 'นักวิชาการแรงงานชำนาญการพิเศษ', agency: 'สำนักงานแรงงานจังหวัดสงขลา' }, items: [{ description: speakerFeeLine(PROJECT_TITLE, SEMINAR_DATE, 3, 600, env), amount: 1800 }] },
      { speaker: { name: 'นางญาดา ฐิติพงศ์', position: 'นักวิชาการประกันสังคม', agency: 'สำนักงานประกันสังคมจังหวัดสงขลา' }, items: [{ description: speakerFeeLine(PROJECT_TITLE, SEMINAR_DATE, 3, 600, env), amount: 1800 }] },
    ];
    const { file, text } = await make('speaker-receipts.pdf', speakerReceipts({ date: SEMINAR_DATE, receipts, payer: officer }, env));
    expect(pdfPages(file)).toBe(2);
    expectTextContains(text, ['ใบสำคัญรับเงิน', `ที่ ${OFFICE_NAME}`, 'วันที่ 13 เดือน มีนาคม พ.ศ. 2563', 'นายประยุทธ์ ทองคำ', 'นางญาดา ฐิติพงศ์', '1,800.00', 'หนึ่งพันแปดร้อยบาทถ้วน', 'ผู้รับเงิน', 'เลขประจำตัวประชาชน', 'ที่อยู่'], ['ค่าสมนาคุณวิทยากร']);
    expect(text).not.toContain('ค่าตอบแทนวิทยากร');
    renderPages(file, 1, 1);
  });

  it('result report: details, tables, paragraphs wrapped between words, photos, signature', async () => {
    const { file, text } = await make('result-report.pdf', resultReport(reportData, testEnv()));
    expectTextContains(
      text,
      ['รายงานผลการดำเนินโครงการ', 'วัตถุประสงค์', 'เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน', 'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', '22,600.00', '22,220.00', '13 มีนาคม 2563', 'ภาพกิจกรรมที่ 3', `(${officer.name})`, 'ผู้รายงาน', 'สำนักงานแรงงาน'],
      [PROJECT_TITLE, VENUE, LONG_PARAGRAPH],
    );
    const layout = pdfText(file, 'layout');
    expect(expectLinesEndBetweenWords(layout.slice(layout.indexOf('ผลการดำเนินงาน')), LONG_PARAGRAPH)).toBeGreaterThan(2);
    renderPages(file, 1, pdfPages(file));
  });

  it('result report: the time in วัน เวลา และสถานที่, and no session split across a page break', async () => {
    const days = ['2020-03-13', '2020-03-14', '2020-03-15'].map((date, d) => ({
      date,
      sessions: Array.from({ length: 8 }, (_, i) => ({
        start: `${String(8 + i).padStart(2, '0')}:${i === 0 ? '30' : '00'}`,
        end: `${String(9 + i).padStart(2, '0')}:00`,
        topic: `หัวข้อที่ ${d + 1}.${i + 1} ${LONG_PARAGRAPH.slice(0, 120 + ((i * 37) % 90))}`,
      })),
    }));
    const { file, text } = await make('result-report-sessions.pdf', resultReport({ ...reportData, days }, testEnv()));
    expectTextContains(text, ['ระหว่างวันที่ 13 มีนาคม 2563 ถึงวันที่ 15 มีนาคม 2563 เวลา 08.30 – 16.00 น.']);
    const pages = text.split('\f').map((p) => p.replace(/\s+/g, ''));
    expect(pages.length).toBeGreaterThan(2);
    for (const d of days) {
      for (const session of d.sessions) {
        const label = session.topic.slice(0, 16).replace(/\s+/g, '');
        const page = pages.findIndex((p) => p.includes(label));
        expect(page, label).toBeGreaterThanOrEqual(0);
        // The whole of the topic is on the page where it starts.
        expect(pages[page]).toContain(session.topic.replace(/\s+/g, ''));
      }
    }
    renderPages(file, 1, 3);
  });

  it('result report in Thai digits: every number of the page, the objectives\' numbering included, in PDF and Word', async () => {
    const env = testEnv({ thaiDigits: true });
    const doc = resultReport(reportData, env);
    const { file, text } = await make('result-report-thai.pdf', doc);
    expectTextContains(text, ['พ.ศ. ๒๕๖๓', '๑. เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน', '๒. เพื่อเพิ่มพูนความรู้ด้านแรงงานให้แก่อาสาสมัครแรงงาน', '๒๒,๖๐๐.๐๐']);
    expect(text).not.toMatch(/[0-9]/);
    // The Word copy carries the same facts for a last change.
    const word = docxText(savePdf('result-report-thai.docx', await renderDocx(doc, env)));
    expectTextContains(
      word,
      ['รายงานผลการดำเนินโครงการ', '๑. ชื่อโครงการ', 'วันที่ ๑๓ มีนาคม ๒๕๖๓ เวลา ๐๘.๓๐ – ๑๖.๐๐ น.', '๑.\tเพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน', 'อาสาสมัครแรงงาน', '๒๒,๖๐๐.๐๐', '๒๒,๒๒๐.๐๐', 'ภาพกิจกรรมที่ ๓', `(${officer.name})`],
    );
    expect(word).not.toMatch(/[0-9]/);
    renderPages(file, 1, 1);
  });

  it('certificates: landscape, one page per recipient, worded by the kind of event and of recipient', async () => {
    const recipients = [...groups[2].people.slice(0, 3).map((p, i) => ({ name: p.name, number: `${i + 1}/2563` })), { name: 'นายประยุทธ์ ทองคำ', speaker: true, number: '4/2563' }];
    const { file, text } = await make('certificates.pdf', certificates({ kind: 'completion', eventKind: 'seminar', projectTitle: PROJECT_TITLE, heldOn: 'เมื่อวันที่ 13 มีนาคม 2563', venue: VENUE, givenOn: '2020-03-20', recipients, signer: head }, testEnv()));
    expect(pdfPages(file)).toBe(4);
    expectTextContains(text, ['วุฒิบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า', ...recipients.map((r) => r.name), ...recipients.map((r) => `เลขที่ ${r.number}`), 'ให้ไว้ ณ วันที่ 20 มีนาคม 2563', `(${head.name})`, OFFICE_NAME], [`ได้ผ่านการสัมมนาตาม${PROJECT_TITLE}`, `ได้เป็นวิทยากรใน${PROJECT_TITLE}`]);
    expect(text.replace(/\s+/g, '')).not.toContain('ผ่านการโครงการ');
    // The body stands in the middle of the page: from the emblem (3 cm above the office's name) to
    // the signer's position, as much room above as below, within 1.5 cm.
    const { height, words } = pageWords(file, 1);
    const top = words.find((w) => w.text === OFFICE_NAME)!.yMin - 3 * CM - 4;
    const bottom = Math.max(...words.map((w) => w.yMax));
    expect(Math.abs(top - (height - bottom)), `${top.toFixed(0)} pt above, ${(height - bottom).toFixed(0)} pt below`).toBeLessThan(1.5 * CM);
    renderPages(file, 1, 1);
    renderPages(file, 4, 4);
  });

  it('certificate wording for each kind of event', () => {
    const title = 'โครงการฝึกอบรมอาสาสมัครแรงงาน';
    expect(certificateWording('completion', 'training', title)).toBe('ได้ผ่านการฝึกอบรมตามโครงการฝึกอบรมอาสาสมัครแรงงาน');
    expect(certificateWording('completion', 'training', 'ฝึกอบรมหลักสูตรการช่วยเหลือแรงงาน')).toBe('ได้ผ่านการฝึกอบรมหลักสูตรการช่วยเหลือแรงงาน');
    expect(certificateWording('completion', 'seminar', 'สัมมนาเครือข่ายแรงงาน')).toBe('ได้ผ่านการสัมมนาเครือข่ายแรงงาน');
    expect(certificateWording('completion', 'meeting', 'ประชุมคณะทำงานอาสาสมัครแรงงาน')).toBe('ได้เข้าร่วมประชุมคณะทำงานอาสาสมัครแรงงาน');
    expect(certificateWording('honour', 'seminar', title)).toBe('ได้เข้าร่วมโครงการฝึกอบรมอาสาสมัครแรงงาน');
    expect(certificateWording('honour', 'seminar', 'เสริมสร้างเครือข่าย')).toBe('ได้เข้าร่วมสัมมนาเสริมสร้างเครือข่าย');
    expect(certificateWording('honour', 'training', title, true)).toBe('ได้เป็นวิทยากรในโครงการฝึกอบรมอาสาสมัครแรงงาน');
    expect(certificateWording('completion', 'seminar', 'สัมมนาเครือข่ายแรงงาน', true)).toBe('ได้เป็นวิทยากรในการสัมมนาเครือข่ายแรงงาน');
    // An abbreviation is set off by a space, as Thai writing does: กิจกรรม อสร.ร่วมใจ…, not กิจกรรมอสร.
    expect(certificateWording('completion', 'activity', 'อสร.ร่วมใจอาสา พัฒนาบ้านเกิด')).toBe('ได้เข้าร่วมกิจกรรม อสร.ร่วมใจอาสา พัฒนาบ้านเกิด');
    expect(certificateWording('honour', 'seminar', 'อสร.สัมพันธ์')).toBe('ได้เข้าร่วมสัมมนา อสร.สัมพันธ์');
    expect(certificateWording('completion', 'training', 'อสร.ยุคใหม่', true)).toBe('ได้เป็นวิทยากรในการฝึกอบรม อสร.ยุคใหม่');
    expect(certificateWording('completion', 'seminar', 'อสร.สัมพันธ์')).toBe('ได้ผ่านการสัมมนาตาม อสร.สัมพันธ์');
  });

  it('volunteer register listing masks national IDs unless asked', async () => {
    const rows = groups[2].people.slice(0, 30).map((p, i) => ({ name: p.name, nationalId: '1101700203451', subdistrict: p.agency.split(' ')[0], phone: '081-234-5678', level: i % 7 ? 'ระดับตำบล' : 'แกนนำ', status: 'ปฏิบัติหน้าที่', termEnd: '2022-09-30' }));
    const data = { filterLabel: 'สถานะ ปฏิบัติหน้าที่', asOf: SEMINAR_DATE, districts: [{ name: 'เมืองสงขลา', rows: rows.slice(0, 18) }, { name: 'หาดใหญ่', rows: rows.slice(18) }], fullIds: false };
    const masked = await make('volunteer-list.pdf', volunteerList(data, testEnv()));
    expectTextContains(masked.text, ['ทะเบียนอาสาสมัครแรงงาน', 'อำเภอเมืองสงขลา (18 คน)', '1-1017-xxxxx-xx-1', '30 ก.ย. 2565', ...rows.map((r) => r.name)]);
    expect(masked.text).not.toContain('1-1017-00203-45-1');
    const full = await make('volunteer-list-full.pdf', volunteerList({ ...data, fullIds: true }, testEnv()));
    expect(full.text).toContain('1-1017-00203-45-1');
    renderPages(masked.file, 1, 1);
  });

  it('news draft in the ministry\'s style: day and time, who opened and reported, the count, one sentence of aims', async () => {
    const data = { projectTitle: PROJECT_TITLE, eventKind: 'seminar' as const, date: SEMINAR_DATE, time: '11:00', venue: VENUE, chair, reporter: head, objectives: [...reportData.objectives, 'เพื่อสร้างเครือข่ายการทำงาน'], groups: groups.map((g) => ({ name: g.name, count: g.planned })), officeName: OFFICE_NAME };
    const news = newsText(data);
    const [first, second, credit] = news.body.split('\n\n');
    expect(first).toBe(
      `เมื่อวันที่ 13 มีนาคม 2563 เวลา 11.00 น. ${chair.name} ${chair.position} เป็นประธานเปิด${PROJECT_TITLE} ณ ${VENUE} โดยมี ${head.name} ${head.position} กล่าวรายงาน ` +
        `มีผู้เข้าร่วมสัมมนา จำนวน 100 คน ประกอบด้วย ${groups[0].name} ${groups[0].planned} คน ${groups[1].name} ${groups[1].planned} คน และ${groups[2].name} ${groups[2].planned} คน`,
    );
    // One เพื่อ, the aims listed with และ before the last: never "กล่าวรายงานว่า … โดยมีวัตถุประสงค์ … และเพื่อ".
    expect(second).toBe('การสัมมนาครั้งนี้มีวัตถุประสงค์เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน เพิ่มพูนความรู้ด้านแรงงานให้แก่อาสาสมัครแรงงาน และสร้างเครือข่ายการทำงาน');
    expect(news.body).not.toMatch(/กล่าวรายงานว่า|และเพื่อ|โดยมีวัตถุประสงค์/);
    expect(credit).toBe(`ข่าว : ${OFFICE_NAME}`);
    expect(newsText(data, true).body).toContain('เวลา ๑๑.๐๐ น.');
    expect(newsText({ ...data, eventKind: 'training', time: null }).body).toMatch(/^เมื่อวันที่ 13 มีนาคม 2563 นาย.*การฝึกอบรมครั้งนี้/s);
    const photos = [1, 2].map((i) => ({ dataUrl: emblemDataUrl(64), caption: `ภาพข่าวที่ ${i}` }));
    const { file, text } = await make('news.pdf', newsPdf({ ...news, date: SEMINAR_DATE, photos }, testEnv()));
    expectTextContains(text, ['ภาพข่าวที่ 1', 'ภาพข่าวที่ 2'], [news.headline, ...news.body.split('\n\n')]);
    renderPages(file, 1, 1);
  });
});
