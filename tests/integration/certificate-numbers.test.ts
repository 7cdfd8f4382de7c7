import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { backupDir } from '../../electron/core/backup/files';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { pdfText, savePdf } from './reports/pdf-tools';

/** Each page's certificate as `name → number` (pdftotext puts a form feed between pages). */
function numbersByName(file: string): Record<string, string> {
  const pages = pdfText(file).split('\f').filter((p) => p.trim());
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

async function print(core: TestCore, name: string, input: Partial<Input<'report-certificates'>> & { seminarId: number }) {
  const file = await core.call('report-certificates', { kind: 'completion', ...input });
  return numbersByName(savePdf(name, file.bytes));
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
    const refused = await core.dispatch('report-certificates', { seminarId: b.seminar.id, kind: 'completion', startNo: 0 });
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
    expect(copy.prepare('SELECT number FROM seminar_certificates WHERE participant_id = ?').pluck().get(me.id)).toBe(2);
    copy.close();

    const exported = JSON.parse(new TextDecoder().decode((await core.call('volunteer-export-person', { id })).bytes));
    expect(exported.seminars).toEqual([expect.objectContaining({ seminarId: seminar.id, attended: true, certificateNo: '2/2569' })]);

    await core.call('volunteer-erase', { id, reason: 'คำขอของเจ้าของข้อมูล' });
    // The number stays given (the office's register of numbers has no gap), the name does not.
    const after = await print(core, 'cert-no-erased.pdf', { seminarId: seminar.id });
    expect(after).toEqual({ 'นายก่อน ทดสอบ': '1/2569' });
    expect(await core.call('report-certificate-numbering', { seminarId: seminar.id })).toEqual({ fiscalYear: 2569, next: 3, held: 2 });
  });
});
