import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core';
import { testCore } from '../../helpers/core';
import { emblemDataUrl, OFFICE_NAME, PROJECT_TITLE, SEMINAR_DATE, songkhlaGroups } from './fixtures';
import { expectFontsEmbedded, expectTextContains, pdfText, savePdf } from './pdf-tools';

const office = {
  officeName: OFFICE_NAME,
  province: 'สงขลา',
  address: '',
  phone: '',
  headName: 'นายสมชาย ใจดี',
  headPosition: 'แรงงานจังหวัดสงขลา',
  signatories: [{ name: 'นางสาวสุดา รักงาน', position: 'นักวิชาการแรงงานชำนาญการ' }],
  operatorName: 'สุดา',
  emblem: emblemDataUrl(),
};

async function songkhlaSeminar() {
  const core = testCore();
  await core.call('settings-save', office);
  const groups = songkhlaGroups();
  const s = await core.call('seminar-create', {
    title: PROJECT_TITLE,
    venueRoom: 'ห้องประชุมโรงแรมหรรษา เจ.บี.',
    venuePlace: 'อำเภอหาดใหญ่ จังหวัดสงขลา',
    venueAddress: '',
    notes: '',
    chairName: 'นายวิรัตน์ ศรีสำราญ',
    chairPosition: 'รองผู้ว่าราชการจังหวัดสงขลา',
    reporterName: office.headName,
    reporterPosition: office.headPosition,
    objectives: ['เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน'],
    responsibleOfficer: 'นางสาวสุดา รักงาน',
    days: [{ date: SEMINAR_DATE, sessions: [{ start: '09:00', end: '12:00', topic: 'ภาคเช้า' }] }],
    groups: groups.map((g) => ({ name: g.name, plannedCount: g.planned })),
  });
  const sessionId = s.days[0].sessions[0].id;
  const ids: number[] = [];
  for (const [gi, g] of groups.entries()) {
    for (const p of g.people) {
      const { id } = await core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[gi].id, name: p.name, position: p.position, agency: p.agency, phone: '' });
      ids.push(id);
    }
  }
  for (const id of ids.slice(0, 90)) await core.call('attendance-mark', { sessionId, participantId: id, status: 'present' });
  return { core, seminar: s, sessionId, groups };
}

describe('report methods', () => {
  it('prints the sign-in sheet, certificates, result report and news of a stored seminar, and audits prints of names', async () => {
    const { core, seminar, sessionId, groups } = await songkhlaSeminar();

    const sheet = await core.call('report-signin-sheet', { seminarId: seminar.id, sessionId });
    expect(sheet.name).toMatch(/\.pdf$/);
    const sheetFile = savePdf('contract-sign-in.pdf', sheet.bytes);
    expectFontsEmbedded(sheetFile);
    expectTextContains(pdfText(sheetFile), ['ลำดับ', 'วันที่ 13 มีนาคม 2563 เวลา 09.00 – 12.00 น. (ภาคเช้า)', ...groups[0].people.map((p) => p.name)]);

    const certs = await core.call('report-certificates', { seminarId: seminar.id, kind: 'honour' });
    const certText = pdfText(savePdf('contract-certificates.pdf', certs.bytes));
    // 90 present: by default the organisers' group (คณะทำงาน…, 15 present) gets none, and the head of
    // office who signs them (present in the first group) does not certify himself.
    expect(certText.split('เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า').length - 1).toBe(74);
    expect(certText.split(office.headName).length - 1).toBe(74);
    expect(certText).not.toContain(groups[1].people[0].name);
    const all = await core.call('report-certificates', { seminarId: seminar.id, kind: 'honour', groupIds: seminar.groups.map((g) => g.id), givenOn: '2020-03-20' });
    const allText = pdfText(savePdf('contract-certificates-all.pdf', all.bytes));
    expect(allText.split('เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า').length - 1).toBe(89);
    expectTextContains(allText, [groups[1].people[0].name, 'ให้ไว้ ณ วันที่ 20 มีนาคม 2563'], [`ได้เข้าร่วม${PROJECT_TITLE}`]);

    const report = await core.call('report-result', { seminarId: seminar.id });
    expectTextContains(pdfText(savePdf('contract-result.pdf', report.bytes)), ['รายงานผลการดำเนินโครงการ', 'อาสาสมัครแรงงาน', '(นางสาวสุดา รักงาน)']);

    const draft = await core.call('report-news-draft', { seminarId: seminar.id });
    expect(draft.body).toContain('เมื่อวันที่ 13 มีนาคม 2563 เวลา 09.00 น. นายวิรัตน์ ศรีสำราญ');
    const news = await core.call('report-news-pdf', { seminarId: seminar.id, headline: draft.headline, body: `${draft.body}\n\nแก้ไขโดยผู้ใช้` });
    expectTextContains(pdfText(savePdf('contract-news.pdf', news.bytes)), ['แก้ไขโดยผู้ใช้']);

    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const prints = db.prepare("SELECT details FROM audit_log WHERE entity = 'seminar' AND action = 'print'").pluck().all() as string[];
    db.close();
    expect(prints.map((d) => JSON.parse(d))).toEqual([{ document: 'ใบลงทะเบียน', people: 100 }, { document: 'เกียรติบัตร', people: 74 }, { document: 'เกียรติบัตร', people: 89 }]);

    const fonts = await core.dispatch('report-fonts', {});
    expect(fonts).toMatchObject({ ok: true, value: [{ id: 'sarabun', available: true }, { id: 'th-sarabun-new' }] });
  });

  it('answers with a Thai message when there is nothing to print', async () => {
    const { core, seminar } = await songkhlaSeminar();
    const r = await core.dispatch('report-payment-evidence', { seminarId: seminar.id, kind: 'travel' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('ค่าพาหนะเดินทาง') } });
    const missing = await core.dispatch('report-result', { seminarId: 9999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
