import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BridgeRequest } from '@shared/api/bridge';
import { saveIssued } from '../../electron/main/save-issued';
import { writeFileAtomic } from '../../electron/core/entry';
import { tempDir, testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { pdfText } from './reports/pdf-tools';

/*
 * The shell's save of certificates (bridge `save-issued`), through the real core and a real
 * register file: only the save dialog is played, cancelled or answered with a path.
 */

async function seminarWith(core: TestCore, names: string[]) {
  const s = await core.call('seminar-create', { ...songkhlaSeminar, title: 'สัมมนาเครือข่ายอาสาสมัครแรงงาน', days: [{ date: '2020-03-13', sessions: [{ start: '09:00', end: '12:00', topic: 'บรรยาย' }] }] });
  const sessionId = s.days[0].sessions[0].id;
  const add = (name: string) => core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[2].id, name, position: '', agency: '', phone: '', checkInSessionId: sessionId });
  for (const name of names) await add(name);
  return { seminarId: s.id, add };
}

/** The register's rows, as the file holds them. */
const register = async (core: TestCore, seminarId: number) => core.call('report-certificate-numbering', { seminarId });

describe('saving certificates from the shell gives numbers only when the file is saved', () => {
  it('a cancelled save dialog gives no number, before or after earlier prints; a chosen place gets the file with the numbers given', async () => {
    const core = testCore();
    const out = tempDir('asa-desk-saved-');
    const { seminarId, add } = await seminarWith(core, ['นายหนึ่ง ทดสอบ', 'นายสอง ทดสอบ']);
    const req: Extract<BridgeRequest, { kind: 'save-issued' }> = { kind: 'save-issued', method: 'report-certificates-issue', input: { seminarId, kind: 'completion' }, name: 'วุฒิบัตร-1.pdf' };
    const asked: string[] = [];
    const cancel = async (name: string) => (asked.push(name), null);
    const choose = (file: string) => async (name: string) => (asked.push(name), path.join(out, file));

    // The clerk cancels the dialog: nothing given, nothing written.
    expect(await saveIssued(core, req, cancel, writeFileAtomic)).toEqual({ ok: true, value: null });
    expect(asked).toEqual(['วุฒิบัตร-1.pdf']);
    expect(await register(core, seminarId)).toEqual({ fiscalYear: 2563, next: 1, held: 0 });

    // Saved: the file carries the numbers given, now and no other.
    expect(await saveIssued(core, req, choose('first.pdf'), writeFileAtomic)).toEqual({ ok: true, value: { path: path.join(out, 'first.pdf'), numbers: ['1/2563', '2/2563'] } });
    const first = pdfText(path.join(out, 'first.pdf'));
    expect(first).toContain('เลขที่ 1/2563');
    expect(first).toContain('เลขที่ 2/2563');
    expect(first).not.toContain('(ยังไม่ได้ออก)');
    expect(await register(core, seminarId)).toEqual({ fiscalYear: 2563, next: 3, held: 2 });

    // A person added later; the clerk cancels again: the earlier numbers stay, the new one gets none.
    await add('นายสาม มาทีหลัง');
    expect(await saveIssued(core, req, cancel, writeFileAtomic)).toEqual({ ok: true, value: null });
    expect(await register(core, seminarId)).toEqual({ fiscalYear: 2563, next: 3, held: 2 });
    expect(fs.readdirSync(out)).toEqual(['first.pdf']);

    // The reprint saved keeps the two and gives the next one.
    expect(await saveIssued(core, req, choose('reprint.pdf'), writeFileAtomic)).toEqual({ ok: true, value: { path: path.join(out, 'reprint.pdf'), numbers: ['3/2563'] } });
    expect(pdfText(path.join(out, 'reprint.pdf'))).toMatch(/เลขที่ 1\/2563[^]*เลขที่ 2\/2563[^]*เลขที่ 3\/2563/);
  });

  it('certificates of honour (อสร.ดีเด่น): a cancelled save leaves the award without a number', async () => {
    const core = testCore({ now: () => new Date('2026-03-20T03:00:00Z') });
    const { id } = await core.call('volunteer-create', volunteer(1));
    await core.call('nomination-record', { fiscalYear: 2569, kind: 'outstanding_province', kindText: '', givenBy: 'คำสั่งจังหวัดสงขลา ที่ 15/2569', givenOn: '2026-03-10', notes: '', volunteerIds: [id] });
    const req: Extract<BridgeRequest, { kind: 'save-issued' }> = { kind: 'save-issued', method: 'nomination-certificates-issue', input: { fiscalYear: 2569, volunteerIds: [id] }, name: 'เกียรติบัตร.pdf' };
    expect(await saveIssued(core, req, async () => null, writeFileAtomic)).toEqual({ ok: true, value: null });
    expect((await core.call('award-list', { volunteerId: id }))[0].certificateNo).toBeNull();
  });

  it('a file that cannot be written says so, and that the numbers given stay: saving again prints the same ones', async () => {
    const core = testCore();
    const out = tempDir('asa-desk-saved-');
    const { seminarId } = await seminarWith(core, ['นายหนึ่ง ทดสอบ']);
    const req: Extract<BridgeRequest, { kind: 'save-issued' }> = { kind: 'save-issued', method: 'report-certificates-issue', input: { seminarId, kind: 'completion' }, name: 'วุฒิบัตร.pdf' };
    const failed = await saveIssued(core, req, async () => path.join(out, 'no-such-folder', 'x.pdf'), writeFileAtomic);
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^บันทึกไฟล์ไม่สำเร็จ: .* เลขที่ 1\/2563 ออกให้แล้ว การบันทึกอีกครั้งจะได้ไฟล์ที่มีเลขที่เดิม/) } });
    expect(await saveIssued(core, req, async () => path.join(out, 'again.pdf'), writeFileAtomic)).toEqual({ ok: true, value: { path: path.join(out, 'again.pdf'), numbers: [] } });
    expect(pdfText(path.join(out, 'again.pdf'))).toContain('เลขที่ 1/2563');
  });

  it('a choice the core refuses is answered as its error, and nothing is written', async () => {
    const core = testCore();
    const out = tempDir('asa-desk-saved-');
    const req: Extract<BridgeRequest, { kind: 'save-issued' }> = { kind: 'save-issued', method: 'report-certificates-issue', input: { seminarId: 999, kind: 'completion' }, name: 'x.pdf' };
    const r = await saveIssued(core, req, async () => path.join(out, 'x.pdf'), writeFileAtomic);
    expect(r.ok).toBe(false);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
