import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EVALUATION_QUESTIONS } from '@shared/schemas/evaluation';
import { DATABASE_FILE } from '../../../electron/core';
import { tempDir, testCore } from '../../helpers/core';
import { docxText } from './docx-tools';
import { plannedSeminar } from './letter-fixtures';
import { expectTextContains, pdfPages, pdfText, savePdf } from './pdf-tools';

const keys = EVALUATION_QUESTIONS.map((q) => q.key);
/** A form as the clerk types it: one digit per question, `0` for a question left blank. */
const form = (digits: string) => Object.fromEntries(keys.map((k, i) => [k, digits[i] === '0' ? null : Number(digits[i])]));

describe('satisfaction forms', () => {
  it('prints the form, keeps the returned ones, and sums them up in the result report', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    const blank = await core.call('report-evaluation-form', { seminarId: seminar.id });
    const blankPath = savePdf('evaluation-form.pdf', blank.bytes);
    expect(pdfPages(blankPath)).toBe(1);
    expectTextContains(pdfText(blankPath), ['แบบประเมินความพึงพอใจ', 'เลขที่แบบประเมิน', 'มากที่สุด', 'น้อยที่สุด', 'อาสาสมัครแรงงาน'], EVALUATION_QUESTIONS.map((q) => q.text));

    const [heads, , volunteers] = seminar.groups;
    await core.call('evaluation-save', { seminarId: seminar.id, formNo: 1, groupId: heads.id, answers: form('5555555555'), comment: 'ควรจัดทุกปี' });
    await core.call('evaluation-save', { seminarId: seminar.id, formNo: 2, groupId: volunteers.id, answers: form('4444444444') });
    await core.call('evaluation-save', { seminarId: seminar.id, formNo: 3, groupId: volunteers.id, answers: form('3450000003') });
    const { id: fourth } = await core.call('evaluation-save', { seminarId: seminar.id, formNo: 4, groupId: null, answers: form('1111111111') });
    // The same paper number twice is refused; the form itself can be corrected.
    const again = await core.dispatch('evaluation-save', { seminarId: seminar.id, formNo: 2, answers: form('5555555555') });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await core.call('evaluation-save', { id: fourth, seminarId: seminar.id, formNo: 4, groupId: null, answers: form('2222222222') });

    const { forms, summary } = await core.call('evaluation-list', { seminarId: seminar.id });
    expect(forms.map((f) => f.formNo)).toEqual([1, 2, 3, 4]);
    expect(summary.forms).toBe(4);
    expect(summary.byGroup).toEqual([{ name: heads.name, count: 1 }, { name: volunteers.name, count: 2 }, { name: 'ไม่ระบุ', count: 1 }]);
    const first = summary.questions[0];
    expect(first.counts).toEqual({ 5: 1, 4: 1, 3: 1, 2: 1, 1: 0 });
    expect(first.mean).toBeCloseTo(3.5, 10);
    expect(first.sd).toBeCloseTo(Math.sqrt(5 / 3), 10);
    // Question 4 was left blank on form 3: three answers.
    expect(summary.questions[3]).toMatchObject({ answered: 3, mean: 11 / 3, level: 'มาก' });
    expect(summary.comments).toEqual(['ควรจัดทุกปี']);

    const report = await core.call('report-result', { seminarId: seminar.id });
    expectTextContains(pdfText(savePdf('evaluation-result.pdf', report.bytes)), ['ผลการประเมินความพึงพอใจ', 'ผู้ตอบแบบประเมิน 4 คน', '3.50', '1.29', '3.67', 'ควรจัดทุกปี', 'เฉลี่ยรวม'], [EVALUATION_QUESTIONS[9].text]);
    const word = await core.call('report-result', { seminarId: seminar.id, format: 'docx' });
    expectTextContains(docxText(savePdf('evaluation-result.docx', word.bytes)), ['ผลการประเมินความพึงพอใจ', '3.50', 'ควรจัดทุกปี']);

    expect(await core.call('evaluation-delete', { id: fourth })).toEqual({ deleted: true });
    expect((await core.call('evaluation-list', { seminarId: seminar.id })).summary.forms).toBe(3);
  });

  it('keeps each count’s percentage on one line in the summary table, (100.0) too, in Arabic and Thai digits', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    for (const formNo of [1, 2]) await core.call('evaluation-save', { seminarId: seminar.id, formNo, groupId: null, answers: form('5555555555') });
    for (const thaiDigits of [false, true]) {
      const text = pdfText(savePdf(`evaluation-percent-${thaiDigits}.pdf`, (await core.call('report-result', { seminarId: seminar.id, thaiDigits })).bytes), 'layout');
      const table = text.slice(text.indexOf('ผลการประเมินความพึงพอใจ'));
      const [full, none] = thaiDigits ? ['(๑๐๐.๐)', '(๐.๐)'] : ['(100.0)', '(0.0)'];
      // One "(100.0)" per question, each whole on its line, and the zero percentages beside it.
      expect(table.split(full).length - 1).toBe(EVALUATION_QUESTIONS.length);
      for (const line of table.split('\n').filter((l) => l.includes(full))) expect(line).toContain(`${none}`);
      expect(table).not.toMatch(/\(1[0๑][0๐]\.?\s*\n|\(๑๐๐\.?\s*\n/);
    }
  });

  it('audits each form entered, corrected and removed, with the seminar', async () => {
    const { core, seminar } = await plannedSeminar({ people: false });
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const trail = () =>
      (db.prepare("SELECT action, details FROM audit_log WHERE entity = 'seminar' AND entity_id = ? AND action LIKE 'evaluation-%' ORDER BY id").all(String(seminar.id)) as {
        action: string;
        details: string;
      }[]).map((r) => ({ action: r.action, details: JSON.parse(r.details) as unknown }));
    const group = seminar.groups[0].id;

    const { id } = await core.call('evaluation-save', { seminarId: seminar.id, formNo: 7, groupId: group, answers: form('5555555555'), comment: 'ดีมาก' });
    await core.call('evaluation-save', { id, seminarId: seminar.id, formNo: 7, groupId: group, answers: form('5555555554'), comment: 'ดีมาก' });
    // Saving it again unchanged records nothing; a refused save records nothing either.
    await core.call('evaluation-save', { id, seminarId: seminar.id, formNo: 7, groupId: group, answers: form('5555555554'), comment: 'ดีมาก' });
    expect(await core.dispatch('evaluation-save', { seminarId: seminar.id, formNo: 7, answers: form('1111111111') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.call('evaluation-delete', { id })).toEqual({ deleted: true });
    expect(await core.call('evaluation-delete', { id })).toEqual({ deleted: false });

    const entered = { formNo: 7, groupId: group, answers: { ...form('5555555555') }, comment: 'ดีมาก' };
    expect(trail()).toEqual([
      { action: 'evaluation-add', details: { id, ...entered } },
      { action: 'evaluation-update', details: { id, formNo: 7, changes: { answers: [form('5555555555'), form('5555555554')] } } },
      // The whole form, so a form removed by mistake can be typed in again from the trail.
      { action: 'evaluation-delete', details: { id, ...entered, answers: form('5555555554') } },
    ]);
    db.close();
  });

  it('migrates a version 5 register to the evaluation table without losing a row', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v5.sqlite'), path.join(dataDir, DATABASE_FILE));
    const core = testCore({ dataDir });
    const [s] = await core.call('seminar-list', {});
    const detail = await core.call('seminar-get', { id: s.id });
    await core.call('evaluation-save', { seminarId: s.id, formNo: 1, groupId: detail.groups[0].id, answers: form('5432154321') });
    const { summary } = await core.call('evaluation-list', { seminarId: s.id });
    expect(summary.questions[0].mean).toBe(5);
  });
});
