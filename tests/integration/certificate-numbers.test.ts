import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { backupDir } from '../../electron/core/backup/files';
import { DATABASE_FILE } from '../../electron/core';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { pdfText, savePdf } from './reports/pdf-tools';

/** Each page's certificate as `name → number` (pdftotext puts a form feed between pages). */
function numbersByName(file: string): Record<string, string> {
  const pages = pdfText(file, 'raw').split('\f').filter((p) => p.trim());
  return Object.fromEntries(
    pages.map((p) => {
      const number = /เลขที่ ([0-9๐-๙]+\/[0-9๐-๙]+)/.exec(p)?.[1] ?? '';
      const name = /แสดงว่า\s*\n\s*(.+)\n/.exec(p)?.[1].trim() ?? '';
      return [name, number];
    }),
  );
}

async function seminarWith(core: TestCore, names: string[], date: string, title: string) {
  const s = await core.call('seminar-create', { ...songkhlaSeminar, title, days: [{ date, sessions: [{ start: '09:00', end: '12:00', topic: 'บรรยาย' }] }] });
  const sessionId = s.days[0].sessions[0].id;
  for (const name of names) await core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[2].id, name, position: '', agency: '', phone: '', checkInSessionId: sessionId });
  return { seminar: s, sessionId };
}

/** The seminar's certificate-issue entries of the audit trail, read from the register file. */
function issuesAudited(core: TestCore, seminarId: number): unknown[] {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  const rows = db.prepare("SELECT details FROM audit_log WHERE entity = 'seminar' AND entity_id = ? AND action = 'certificate-issue' ORDER BY id").pluck().all(String(seminarId)) as string[];
  db.close();
  return rows.map((d) => JSON.parse(d));
}

/** What a preview's number line says of a number not given yet. */
const NOT_ISSUED = '(ยังไม่ได้ออก)';

type Choice = Partial<Input<'report-certificates'>> & { seminarId: number };

/** What the clerk's preview shows: the file as it is before saving, read back. */
async function preview(core: TestCore, name: string, input: Choice) {
  return savePdf(name, (await core.call('report-certificates', { kind: 'completion', ...input })).bytes);
}

/** What the clerk's save does: issue the numbers with the file they are printed in; its numbers by name. */
async function print(core: TestCore, name: string, input: Choice) {
  const file = savePdf(name, (await core.call('report-certificates-issue', { kind: 'completion', ...input })).file.bytes);
  expect(pdfText(file)).not.toContain(NOT_ISSUED);
  // A reprint from the preview shows the same, no longer marked.
  expect(pdfText(await preview(core, `again-${name}`, input))).not.toContain(NOT_ISSUED);
  return numbersByName(file);
}

describe('certificate numbers (12/2563): one running number per fiscal year, kept per person', () => {
  it('numbers participants then speakers, keeps them on reprint, gives a person added later the next free one, and starts again at 1 in a new fiscal year', async () => {
    const core = testCore();
    const { seminar, sessionId } = await seminarWith(core, ['นางสาวกมลวรรณ ศรีสุข', 'นายธนพล ใจงาม', 'นางมาลี ทองดี'], '2020-03-13', 'สัมมนาเครือข่ายอาสาสมัครแรงงาน');
    await core.call('speaker-save', { seminarId: seminar.id, sessionId, name: 'ดร.วิชัย ความรู้', position: 'อาจารย์', agency: 'มหาวิทยาลัยสงขลานครินทร์', isGovernment: true, hours: 3 });

    expect(await core.call('report-certificate-numbering', { seminarId: seminar.id })).toEqual({ fiscalYear: 2563, next: 1, held: 0 });
    const first = await print(core, 'cert-no-first.pdf', { seminarId: seminar.id, speakers: true });
    expect(first).toEqual({ 'นางสาวกมลวรรณ ศรีสุข': '1/2563', 'นายธนพล ใจงาม': '2/2563', 'นางมาลี ทองดี': '3/2563', 'ดร.วิชัย ความรู้': '4/2563' });
    expect(await core.call('report-certificate-numbering', { seminarId: seminar.id })).toEqual({ fiscalYear: 2563, next: 5, held: 4 });

    // A reprint, as a เกียรติบัตร and given on another day, carries the numbers first given.
    expect(await print(core, 'cert-no-reprint.pdf', { seminarId: seminar.id, speakers: true, kind: 'honour', givenOn: '2020-03-20' })).toEqual(first);

    // Someone checked in later gets the next number; the others keep theirs.
    await core.call('participant-add-walkin', { seminarId: seminar.id, groupId: seminar.groups[2].id, name: 'นายสมศักดิ์ มาทีหลัง', position: '', agency: '', phone: '', checkInSessionId: sessionId });
    expect(await print(core, 'cert-no-later.pdf', { seminarId: seminar.id, speakers: true })).toEqual({ ...first, 'นายสมศักดิ์ มาทีหลัง': '5/2563' });

    // Another event of the same fiscal year goes on from there; the office's count, not the event's.
    const second = await seminarWith(core, ['นายประเสริฐ ดีมาก'], '2020-09-30', 'อบรมอาสาสมัครแรงงานรุ่นที่ 2');
    expect(await print(core, 'cert-no-second.pdf', { seminarId: second.seminar.id })).toEqual({ 'นายประเสริฐ ดีมาก': '6/2563' });

    // 1 October starts fiscal year 2564: numbers start again at 1, in Thai digits when chosen.
    const third = await seminarWith(core, ['นางสาวสุนีย์ ใหม่เอี่ยม', 'นายวีระ กล้าหาญ'], '2020-10-05', 'อบรมอาสาสมัครแรงงานรุ่นที่ 3');
    expect(await core.call('report-certificate-numbering', { seminarId: third.seminar.id })).toEqual({ fiscalYear: 2564, next: 1, held: 0 });
    expect(await print(core, 'cert-no-new-year.pdf', { seminarId: third.seminar.id, thaiDigits: true })).toEqual({ 'นางสาวสุนีย์ ใหม่เอี่ยม': '๑/๒๕๖๔', 'นายวีระ กล้าหาญ': '๒/๒๕๖๔' });
    // The first event's people still hold theirs of 2563.
    expect(await print(core, 'cert-no-first-again.pdf', { seminarId: seminar.id, speakers: true })).toEqual({ ...first, 'นายสมศักดิ์ มาทีหลัง': '5/2563' });
  });

  it('starts from the number the clerk typed, never giving a number twice', async () => {
    const core = testCore();
    const a = await seminarWith(core, ['นายหนึ่ง ทดสอบ', 'นายสอง ทดสอบ'], '2020-03-13', 'สัมมนาครั้งที่ 1');
    // The office gave 1–40 by hand this year before using the program.
    expect(await print(core, 'cert-no-start.pdf', { seminarId: a.seminar.id, startNo: 41 })).toEqual({ 'นายหนึ่ง ทดสอบ': '41/2563', 'นายสอง ทดสอบ': '42/2563' });
    expect(await core.call('report-certificate-numbering', { seminarId: a.seminar.id })).toEqual({ fiscalYear: 2563, next: 43, held: 2 });
    // A start already given passes over the numbers taken.
    const b = await seminarWith(core, ['นายสาม ทดสอบ', 'นายสี่ ทดสอบ'], '2020-03-14', 'สัมมนาครั้งที่ 2');
    expect(await print(core, 'cert-no-taken.pdf', { seminarId: b.seminar.id, startNo: 42 })).toEqual({ 'นายสาม ทดสอบ': '43/2563', 'นายสี่ ทดสอบ': '44/2563' });
    const refused = await core.dispatch('report-certificates-issue', { seminarId: b.seminar.id, startNo: 0, kind: 'completion' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('goes into backups, the person’s PDPA export, and stays (without the name) when the person is erased', async () => {
    const core = testCore({ now: () => new Date('2026-03-14T03:00:00Z') });
    const { id } = await core.call('volunteer-create', volunteer(5));
    const { seminar, sessionId } = await seminarWith(core, ['นายก่อน ทดสอบ'], '2026-03-13', 'สัมมนาอาสาสมัครแรงงาน');
    await core.call('participant-add-volunteers', { seminarId: seminar.id, groupId: seminar.groups[2].id, volunteerIds: [id] });
    const me = (await core.call('seminar-get', { id: seminar.id })).participants.find((p) => p.volunteerId === id)!;
    await core.call('attendance-mark', { sessionId, participantId: me.id, status: 'present' });
    expect(await print(core, 'cert-no-pdpa.pdf', { seminarId: seminar.id })).toEqual({ 'นายก่อน ทดสอบ': '1/2569', [me.name]: '2/2569' });

    const backup = await core.call('backup-create', {});
    const copy = new Database(path.join(backupDir(core.dataDir), backup.id), { readonly: true });
    expect(copy.prepare('SELECT number FROM certificates WHERE participant_id = ?').pluck().get(me.id)).toBe(2);
    copy.close();

    // The person's page lists it with the seminar, and so does the record of service.
    expect(await core.call('volunteer-seminars', { volunteerId: id })).toEqual([expect.objectContaining({ seminarId: seminar.id, certificateNo: '2/2569' })]);
    const record = pdfText(savePdf('cert-no-service-record.pdf', (await core.call('volunteer-service-record', { volunteerId: id })).bytes), 'layout');
    expect(record).toMatch(/สัมมนาอาสาสมัครแรงงาน.*เข้าร่วม\s*\n.*เลขที่ 2\/2569/);

    const exported = JSON.parse(new TextDecoder().decode((await core.call('volunteer-export-person', { id })).bytes));
    expect(exported.seminars).toEqual([expect.objectContaining({ seminarId: seminar.id, attended: true, certificateNo: '2/2569' })]);

    await core.call('volunteer-erase', { id, reason: 'คำขอของเจ้าของข้อมูล' });
    // The number stays given (the office's register of numbers has no gap), the name does not.
    const after = await print(core, 'cert-no-erased.pdf', { seminarId: seminar.id });
    expect(after).toEqual({ 'นายก่อน ทดสอบ': '1/2569' });
    expect(await core.call('report-certificate-numbering', { seminarId: seminar.id })).toEqual({ fiscalYear: 2569, next: 3, held: 2 });
  });

  it('a preview gives no number: it shows the numbers an issue would give, marked as a preview on every page, and the save gives exactly those', async () => {
    const core = testCore();
    const { seminar } = await seminarWith(core, ['นายหนึ่ง ทดสอบ', 'นายสอง ทดสอบ'], '2020-03-13', 'สัมมนาครั้งที่ 1');
    // The clerk looks at the certificates twice and goes away: nothing is given.
    for (const name of ['cert-preview-1.pdf', 'cert-preview-2.pdf']) {
      const file = await preview(core, name, { seminarId: seminar.id, startNo: 7 });
      const pages = pdfText(file, 'raw').split('\f').filter((p) => p.trim());
      expect(pages).toHaveLength(2);
      // Every page says its number is not given yet (and carries the mark across it, seen rendered).
      for (const page of pages) expect(page).toMatch(/เลขที่ [0-9]+\/2563 \(ยังไม่ได้ออก\)/);
      expect(numbersByName(file)).toEqual({ 'นายหนึ่ง ทดสอบ': '7/2563', 'นายสอง ทดสอบ': '8/2563' });
      expect(pdfText(file)).toContain('เลขที่ 7/2563 (ยังไม่ได้ออก)');
    }
    expect(await core.call('report-certificate-numbering', { seminarId: seminar.id })).toEqual({ fiscalYear: 2563, next: 1, held: 0 });
    expect(issuesAudited(core, seminar.id)).toEqual([]);

    // The save issues the numbers the preview showed, once, in the audit trail.
    const saved = await core.call('report-certificates-issue', { seminarId: seminar.id, startNo: 7, kind: 'completion' });
    expect(saved.numbers).toEqual(['7/2563', '8/2563']);
    expect(numbersByName(savePdf('cert-saved.pdf', saved.file.bytes))).toEqual({ 'นายหนึ่ง ทดสอบ': '7/2563', 'นายสอง ทดสอบ': '8/2563' });
    expect((await core.call('report-certificates-issue', { seminarId: seminar.id, startNo: 7, kind: 'completion' })).numbers).toEqual([]);
    const issued = await preview(core, 'cert-issued.pdf', { seminarId: seminar.id });
    expect(pdfText(issued)).not.toContain(NOT_ISSUED);
    expect(numbersByName(issued)).toEqual({ 'นายหนึ่ง ทดสอบ': '7/2563', 'นายสอง ทดสอบ': '8/2563' });
    expect(issuesAudited(core, seminar.id)).toEqual([{ numbers: ['7/2563', '8/2563'] }]);
  });

  it('never gives a number twice: a number whose holder was removed (the year’s highest too, a speaker, a whole seminar) stays taken', async () => {
    const core = testCore();
    const { seminar, sessionId } = await seminarWith(core, ['นายหนึ่ง ทดสอบ', 'นายสอง ทดสอบ', 'นายสาม ทดสอบ'], '2020-03-13', 'สัมมนาครั้งที่ 1');
    await core.call('speaker-save', { seminarId: seminar.id, sessionId, name: 'ดร.วิชัย ความรู้', position: 'อาจารย์', agency: 'มหาวิทยาลัย', isGovernment: true, hours: 3 });
    expect(await print(core, 'cert-freed-1.pdf', { seminarId: seminar.id, speakers: true })).toEqual({ 'นายหนึ่ง ทดสอบ': '1/2563', 'นายสอง ทดสอบ': '2/2563', 'นายสาม ทดสอบ': '3/2563', 'ดร.วิชัย ความรู้': '4/2563' });
    const people = (await core.call('seminar-get', { id: seminar.id })).participants;
    // The paper certificates 2, 3 and 4 are out; their holders are removed from the event.
    for (const name of ['นายสอง ทดสอบ', 'นายสาม ทดสอบ']) await core.call('participant-remove', { id: people.find((p) => p.name === name)!.id });
    await core.call('speaker-delete', { id: (await core.call('seminar-get', { id: seminar.id })).speakers.find((s) => s.name === 'ดร.วิชัย ความรู้')!.id });
    expect(await core.call('report-certificate-numbering', { seminarId: seminar.id })).toEqual({ fiscalYear: 2563, next: 5, held: 1 });
    await core.call('participant-add-walkin', { seminarId: seminar.id, groupId: seminar.groups[2].id, name: 'นายสี่ มาใหม่', position: '', agency: '', phone: '', checkInSessionId: sessionId });
    expect(await print(core, 'cert-freed-2.pdf', { seminarId: seminar.id })).toEqual({ 'นายหนึ่ง ทดสอบ': '1/2563', 'นายสี่ มาใหม่': '5/2563' });

    // A start the clerk types passes over every number ever given, held or not.
    const other = await seminarWith(core, ['นายห้า ทดสอบ', 'นายหก ทดสอบ'], '2020-03-20', 'สัมมนาครั้งที่ 2');
    expect(await print(core, 'cert-freed-3.pdf', { seminarId: other.seminar.id, startNo: 2 })).toEqual({ 'นายห้า ทดสอบ': '6/2563', 'นายหก ทดสอบ': '7/2563' });
    // A deleted seminar's numbers stay taken too.
    await core.call('seminar-delete', { id: other.seminar.id });
    const third = await seminarWith(core, ['นายเจ็ด ทดสอบ'], '2020-03-27', 'สัมมนาครั้งที่ 3');
    expect(await print(core, 'cert-freed-4.pdf', { seminarId: third.seminar.id })).toEqual({ 'นายเจ็ด ทดสอบ': '8/2563' });
  });

  it('numbers certificates of honour (อสร.ดีเด่น) from the same register, kept with the award: a reprint keeps its number, a deleted award keeps it taken', async () => {
    const core = testCore({ now: () => new Date('2026-03-20T03:00:00Z') });
    const ids = [];
    for (const n of [1, 2, 3]) ids.push((await core.call('volunteer-create', volunteer(n))).id);
    const { seminar } = await seminarWith(core, ['นายหนึ่ง ทดสอบ'], '2026-03-13', 'สัมมนาอาสาสมัครแรงงาน');
    expect(await print(core, 'cert-honour-seminar.pdf', { seminarId: seminar.id })).toEqual({ 'นายหนึ่ง ทดสอบ': '1/2569' });
    await core.call('nomination-record', { fiscalYear: 2569, kind: 'outstanding_province', kindText: '', givenBy: 'คำสั่งจังหวัดสงขลา ที่ 15/2569', givenOn: '2026-03-10', notes: '', volunteerIds: ids });
    const honour = { fiscalYear: 2569, volunteerIds: [ids[0], ids[1]], givenOn: '2026-03-14' };

    // The preview (as the helper's file before an issue) marks the numbers not given yet.
    const before = pdfText(savePdf('cert-honour-preview.pdf', (await core.call('nomination-certificates', honour)).bytes));
    expect(before).toContain(`2/2569 ${NOT_ISSUED}`);
    expect((await core.call('nomination-certificates-issue', honour)).numbers).toEqual(['2/2569', '3/2569']);
    const names = await Promise.all(ids.map(async (id) => { const v = (await core.call('volunteer-get', { id })).volunteer; return `${v.title}${v.firstName} ${v.lastName}`; }));
    const first = numbersByName(savePdf('cert-honour.pdf', (await core.call('nomination-certificates', honour)).bytes));
    expect(first).toEqual({ [names[0]]: '2/2569', [names[1]]: '3/2569' });

    // A reprint with the third person keeps the two numbers; the third gets the next one.
    const all = { ...honour, volunteerIds: ids };
    expect((await core.call('nomination-certificates-issue', all)).numbers).toEqual(['4/2569']);
    expect(numbersByName(savePdf('cert-honour-reprint.pdf', (await core.call('nomination-certificates', all)).bytes))).toEqual({ ...first, [names[2]]: '4/2569' });

    // The person's page and record of service show the number with the award.
    expect((await core.call('award-list', { volunteerId: ids[0] }))[0]).toMatchObject({ kind: 'outstanding_province', certificateNo: '2/2569' });
    const record = pdfText(savePdf('cert-honour-service-record.pdf', (await core.call('volunteer-service-record', { volunteerId: ids[0] })).bytes), 'layout');
    expect(record).toMatch(/อสร\.ดีเด่นระดับจังหวัด.*2\/2569/);

    // Filed under each volunteer, so the person's page and a PDPA export show it.
    const award = (await core.call('award-list', { volunteerId: ids[2] }))[0];
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    expect(JSON.parse(db.prepare("SELECT details FROM audit_log WHERE entity = 'volunteer' AND entity_id = ? AND action = 'certificate-issue'").pluck().get(String(ids[2])) as string)).toEqual({ awardId: award.id, number: '4/2569' });
    db.close();

    // The award deleted (recorded by mistake): its number 4 is not given to the next seminar.
    await core.call('award-delete', { id: award.id });
    const next = await seminarWith(core, ['นายสอง ทดสอบ'], '2026-03-18', 'สัมมนาอาสาสมัครแรงงาน ครั้งที่ 2');
    expect(await print(core, 'cert-honour-after.pdf', { seminarId: next.seminar.id })).toEqual({ 'นายสอง ทดสอบ': '5/2569' });
  });
});
