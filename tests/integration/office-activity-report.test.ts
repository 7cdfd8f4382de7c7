import { describe, expect, it } from 'vitest';
import { OFFICE_ACTIVITY_KIND_ID } from '@shared/schemas/activity';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { readXlsx } from '../helpers/spreadsheet-fixtures';
import { LETTER_OFFICE } from './reports/letter-fixtures';
import { expectTextContains, pdfText, renderPages, savePdf } from './reports/pdf-tools';

const VOLUNTEERING = 'ร่วมกิจกรรม/จิตอาสา';
const NOTE = (n: number) => `ช่อง "${VOLUNTEERING}" รวมการมาร่วมกิจกรรมของสำนักงาน ${n} ครั้ง (นับคนละ 1 ต่อวันที่มา ถ้าเดือนนั้นกรอกผลงานประเภทนี้ไว้แล้ว ใช้จำนวนที่มากกว่า ไม่นับซ้ำ)`;

/** An event of the seminar form with one morning session a day and the volunteers of the register. */
async function event(core: TestCore, kind: 'activity' | 'seminar', title: string, dates: string[], volunteerIds: number[]) {
  const created = await core.call('seminar-create', {
    ...songkhlaSeminar,
    title,
    kind,
    days: dates.map((date) => ({ date, sessions: [{ start: '08:30', end: '12:00', topic: 'ทำความสะอาดชุมชน' }] })),
    groups: [{ name: 'อาสาสมัครแรงงาน', plannedCount: volunteerIds.length, category: 'outsider' }],
  });
  await core.call('participant-add-volunteers', { seminarId: created.id, groupId: created.groups[0].id, volunteerIds });
  const detail = await core.call('seminar-get', { id: created.id });
  /** Marks volunteer `v` present or absent on day `d`. */
  const mark = (v: number, d: number, status: 'present' | 'absent' = 'present') =>
    core.call('attendance-mark', { sessionId: detail.days[d].sessions[0].id, participantId: detail.participants.find((p) => p.volunteerId === v)!.id, status });
  return { id: created.id, mark };
}

/**
 * หาดใหญ่: ids 0–4; เมืองสงขลา: id 5 (activity-fixtures). The office's community-service day runs
 * over two days, 28 February and 1 March 2026 (fiscal year 2569):
 * - 0 present both days, and the clerk also keyed 1 under ร่วมกิจกรรม/จิตอาสา for March in the grid;
 * - 1 present on 1 March only, and keyed 5 people reached under the same kind for March;
 * - 2 marked absent; 5 present on 28 February.
 * A cancelled office activity and a seminar, both with 3 present, count in no kind.
 */
async function seeded() {
  const core = testCore({ now: () => ACTIVITY_NOW });
  await core.call('settings-save', LETTER_OFFICE);
  const ids = await activityRegister(core);
  const kinds = await core.call('activity-kinds-get', {});
  const volunteering = kinds.find((k) => k.name === VOLUNTEERING)!;
  // Migration 0008 seeds the kind fourth into an empty table: the id office activities count under.
  expect(volunteering.id).toBe(OFFICE_ACTIVITY_KIND_ID);
  const day = await event(core, 'activity', 'อสร.ร่วมใจอาสา พัฒนาบ้านเกิด', ['2026-02-28', '2026-03-01'], [ids[0], ids[1], ids[2], ids[5]]);
  await day.mark(ids[0], 0);
  await day.mark(ids[0], 1);
  await day.mark(ids[1], 1);
  await day.mark(ids[2], 0, 'absent');
  await day.mark(ids[5], 0);
  await core.call('activity-grid-save', {
    month: '2026-03',
    district: 'หาดใหญ่',
    cells: [
      { volunteerId: ids[0], kindId: volunteering.id, people: 1 },
      { volunteerId: ids[1], kindId: volunteering.id, people: 5 },
    ],
  });
  const called = await event(core, 'activity', 'แจกถุงยังชีพ', ['2026-03-05'], [ids[3]]);
  await called.mark(ids[3], 0);
  await core.call('seminar-set-status', { id: called.id, status: 'cancelled' });
  const seminar = await event(core, 'seminar', 'สัมมนาเครือข่าย', ['2026-03-10'], [ids[4]]);
  await seminar.mark(ids[4], 0);
  return { core, ids, kinds, volunteering };
}

const march = { fiscalYear: 2569, scope: 'month' as const, month: 6 };
const fy = { fiscalYear: 2569, scope: 'year' as const };
const nameOf = async (core: TestCore, id: number) => {
  const v = (await core.call('volunteer-get', { id })).volunteer;
  return `${v.title}${v.firstName} ${v.lastName}`;
};

describe('office activities in the activity reports', () => {
  it('count each day a volunteer was present under ร่วมกิจกรรม/จิตอาสา, the larger of that and what the clerk keyed for the month', async () => {
    const { core, ids } = await seeded();
    const r = await core.call('activity-report', { period: march, district: 'หาดใหญ่', by: 'volunteer' });
    const column = r.kinds.findIndex((k) => k.name === VOLUNTEERING);
    const byName = Object.fromEntries(r.rows.map((x) => [x.label, x.counts[column]]));
    // 0: one day present and 1 keyed for March: 1, not 2. 1: 5 keyed, one day present: 5.
    expect(byName).toEqual({ [await nameOf(core, ids[0])]: 1, [await nameOf(core, ids[1])]: 5 });
    // Absent, at a cancelled activity, at a seminar: nothing done this month.
    expect(r.inactive.map((p) => p.name).sort()).toEqual((await Promise.all([2, 3, 4].map((i) => nameOf(core, ids[i])))).sort());

    const feb = await core.call('activity-report', { period: { ...march, month: 5 } });
    expect(feb.rows.map((x) => [x.label, x.counts[column]])).toEqual([['เมืองสงขลา', 1], ['หาดใหญ่', 1]]);
    expect(feb.inactive).toHaveLength(4);

    const year = await core.call('activity-report', { period: fy });
    expect(year.rows.map((x) => [x.label, x.counts, x.total])).toEqual([
      ['เมืองสงขลา', [0, 0, 0, 1, 0], 1],
      ['หาดใหญ่', [0, 0, 0, 7, 0], 7],
    ]);
    // What the office activities added: February's two days; March's were keyed already.
    expect([year.total, year.officeActivities]).toEqual([8, 2]);

    // The office renames and reorders its kinds: office activities stay with the same kind, which
    // they keep in use, so it can be retired but not removed.
    const kinds = await core.call('activity-kinds-get', {});
    const volunteering = kinds.find((k) => k.name === VOLUNTEERING)!;
    expect(volunteering.used).toBe(2 + 4);
    const edited = kinds.map(({ id, name, isReferral, active }) => ({ id, name: id === volunteering.id ? 'จิตอาสาและกิจกรรมของสำนักงาน' : name, isReferral, active }));
    await core.call('activity-kinds-save', { kinds: [edited[3], ...edited.filter((k) => k.id !== volunteering.id)] });
    const renamed = await core.call('activity-report', { period: fy });
    expect([renamed.kinds[0].name, renamed.totals[0]]).toEqual(['จิตอาสาและกิจกรรมของสำนักงาน', 8]);
    const removed = await core.dispatch('activity-kinds-save', { kinds: edited.filter((k) => k.id !== volunteering.id) });
    expect(removed).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('are counted the same in the PDF, the ministry workbook, the record of service and the nomination helper', async () => {
    const { core, ids, volunteering } = await seeded();
    const pdf = savePdf('office-activity-report.pdf', (await core.call('report-activities', { query: { period: march, district: 'หาดใหญ่', by: 'volunteer' } })).bytes);
    const text = pdfText(pdf, 'layout');
    const row = text.split('\n').find((l) => l.includes('คอหงส์'))!;
    expect(row).toMatch(/คอหงส์\s+-\s+-\s+-\s+1\s+-\s+1/);
    expect(text).toContain('อาสาสมัครที่ไม่มีผลการปฏิบัติงานในช่วงนี้ 3 คน จากที่ปฏิบัติหน้าที่ 5 คน');
    // March: 0's day adds nothing to the 1 keyed, 1's day nothing to the 5 keyed.
    expect(text).not.toContain('หมายเหตุ');
    const feb = savePdf('office-activity-report-feb.pdf', (await core.call('report-activities', { query: { period: { ...march, month: 5 } } })).bytes);
    expectTextContains(pdfText(feb), [], [`หมายเหตุ: ${NOTE(2)}`]);
    renderPages(feb, 1, 1);
    renderPages(pdf, 1, 1);

    const wb = await readXlsx((await core.call('activity-report-xlsx', { period: fy })).bytes);
    const ws = wb.getWorksheet('ผลงานตามประเภท')!;
    // The note says how the column was counted, under the title: the table starts a row lower.
    expect(ws.getCell('A5').value).toBe(`หมายเหตุ: ${NOTE(2)}`);
    expect((ws.getRow(6).values as unknown[])[5]).toBe(VOLUNTEERING);
    expect([ws.getCell('A8').value, ws.getCell('E8').value]).toEqual(['หาดใหญ่', 7]);
    expect(ws.getCell('G9').value).toMatchObject({ result: 8 });

    // Record of service of 0: fiscal year 2569, two entries (February's day, March's keyed count) and 2 people.
    const record = pdfText(savePdf('office-activity-service-record.pdf', (await core.call('volunteer-service-record', { volunteerId: ids[0] })).bytes), 'layout');
    expect(record).toMatch(/2569\s+ร่วมกิจกรรม\/จิตอาสา\s+2\s+2/);

    // The nomination helper: the office activity is work under ร่วมกิจกรรม/จิตอาสา, not an event too.
    const rank = await core.call('nomination-rank', { fiscalYear: 2569, district: '' });
    const k = rank.kinds.findIndex((x) => x.id === volunteering.id);
    const of = (id: number) => rank.rows.find((x) => x.volunteerId === id)!;
    expect([of(ids[0]).records[k], of(ids[0]).people, of(ids[0]).events]).toEqual([2, 2, 0]);
    expect([of(ids[1]).records[k], of(ids[1]).people]).toEqual([1, 5]);
    expect([of(ids[5]).records[k], of(ids[5]).people]).toEqual([1, 1]);
    // The seminar still counts as an event attended; the absent, the cancelled activity do not count.
    expect(of(ids[4])).toBeUndefined();
    expect(Object.fromEntries(rank.excluded.map((x) => [x.volunteerId, x.reason]))).toEqual({
      [ids[2]]: 'ไม่มีผลงานในปีงบประมาณนี้',
      [ids[3]]: 'ไม่มีผลงานในปีงบประมาณนี้',
      [ids[4]]: 'ไม่มีผลงานในปีงบประมาณนี้',
    });
  });
});
