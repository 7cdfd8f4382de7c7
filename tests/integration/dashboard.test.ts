import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input } from '@shared/api';
import { ensureGeoTable } from '../../electron/core/dashboard/geo-table';
import { VOLUNTEERS_SQL } from '../../electron/core/dashboard/summary';
import { openDatabase } from '../../electron/core/db/open';
import { tempDir, testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

// 15 January 2569: fiscal year 2569 runs from 1 October 2568 to 30 September 2569.
const NOW = new Date(2026, 0, 15, 10, 0, 0);

const oneDay = (date: string): Input<'seminar-create'>['days'] => [{ date, sessions: [{ start: '09:00', end: '12:00', topic: '' }] }];

async function addVolunteer(core: TestCore, n: number, patch: Partial<Input<'volunteer-create'>> = {}, district?: string, subdistrict?: string) {
  return (await core.call('volunteer-create', { ...volunteer(n, district, subdistrict), ...patch })).id;
}

/** A small province: four volunteers, five seminars over two fiscal years. */
async function seed(core: TestCore) {
  const v1 = await addVolunteer(core, 1, { termStart: '2023-03-01', termEnd: '2026-03-01' });
  await addVolunteer(core, 2, { termStart: '2023-06-01', termEnd: '2026-06-01' });
  // An address naming no real subdistrict: a register entry to fix.
  await addVolunteer(core, 3, {}, 'หาดใหญ่', 'ตำบลที่ไม่มีจริง');
  const v4 = await addVolunteer(core, 4, {}, 'หาดใหญ่', 'คอหงส์');
  await core.call('volunteer-status-change', { id: v4, status: 'resigned', date: '2025-12-01', reason: 'ย้ายไปทำงานต่างจังหวัด' });

  // Done, no result written: 2 registered, 1 present, a meal line half spent.
  const a = await core.call('seminar-create', { ...songkhlaSeminar, status: 'done', days: oneDay('2025-11-20') });
  await core.call('participant-add-volunteers', { seminarId: a.id, groupId: a.groups[2].id, volunteerIds: [v1, v4] });
  const pa = await core.call('seminar-get', { id: a.id });
  await core.call('attendance-mark', { sessionId: a.days[0].sessions[0].id, participantId: pa.participants[0].id, status: 'present' });
  await core.call('budget-line-save', { seminarId: a.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 100, times: 1, rate: 300, actualAmount: 27_000 });
  // Planned: counted among seminars and in its month, not in head counts.
  const b = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อบรมกฎหมายแรงงาน', days: oneDay('2026-02-10') });
  await core.call('budget-line-save', { seminarId: b.id, category: 'snack', description: 'อาหารว่าง', quantity: 100, times: 2, rate: 35 });
  // Cancelled: left out of months, head counts and budget.
  const c = await core.call('seminar-create', { ...songkhlaSeminar, title: 'ประชุมที่ยกเลิก', status: 'cancelled', days: oneDay('2025-12-05') });
  await core.call('budget-line-save', { seminarId: c.id, category: 'venue', description: 'ค่าห้อง', quantity: 1, times: 1, rate: 1_000 });
  // Done with its result written.
  const d = await core.call('seminar-create', { ...songkhlaSeminar, title: 'สัมมนาเครือข่าย', status: 'done', days: oneDay('2026-03-01') });
  await core.call('seminar-save-outcome', { id: d.id, outcomes: 'ผู้เข้าร่วมเข้าใจบทบาทหน้าที่', problems: '', suggestions: '' });
  // The year before.
  await core.call('seminar-create', { ...songkhlaSeminar, title: 'โครงการปีก่อน', status: 'done', days: oneDay('2025-03-01') });
  return { a };
}

describe('dashboard summary', () => {
  it('gives the current fiscal year by default, every figure computed for it', async () => {
    const core = testCore({ now: () => NOW });
    const { a } = await seed(core);
    const s = await core.call('dashboard-summary', {});

    expect(s.fiscalYear).toBe(2569);
    expect(s.today).toBe('2026-01-15');
    expect(s.asOf).toBe('2026-01-15');
    expect(s.fiscalYears).toEqual([2570, 2569, 2568, 2567, 2566, 2565, 2564]);

    expect(s.volunteers.active).toBe(3);
    expect(s.volunteers.termsEnding).toBe(1);
    expect(s.volunteers.byDistrict).toEqual([
      { district: 'เมืองสงขลา', count: 2 },
      { district: 'หาดใหญ่', count: 1 },
    ]);
    // The card's link opens the register filtered the same way: the two must agree.
    expect((await core.call('volunteer-list', { termEndsWithinDays: 90 })).total).toBe(s.volunteers.termsEnding);

    expect(s.seminars).toEqual({ planned: 1, running: 0, done: 2, cancelled: 1 });
    expect(s.participants).toEqual({ planned: 200, registered: 2, attended: 1, attendanceRate: 1 / 200 });

    expect(s.months.map((m) => `${m.month}/${m.year}`)).toEqual([
      '10/2025', '11/2025', '12/2025', '1/2026', '2/2026', '3/2026', '4/2026', '5/2026', '6/2026', '7/2026', '8/2026', '9/2026',
    ]);
    expect(s.months.filter((m) => m.seminars > 0).map((m) => [m.month, m.seminars, m.attended])).toEqual([
      [11, 1, 1],
      [2, 1, 0],
      [3, 1, 0],
    ]);

    expect(s.budget.byCategory).toEqual([
      { category: 'meal', planned: 30_000, actual: 27_000 },
      { category: 'snack', planned: 7_000, actual: 0 },
    ]);
    expect(s.budget).toMatchObject({ planned: 37_000, actual: 27_000 });

    expect(s.todo.seminarsWithoutReport).toBe(1);
    expect(s.todo.seminarsWithoutReportList).toEqual([{ id: a.id, title: songkhlaSeminar.title, firstDate: '2025-11-20' }]);
    expect(s.todo.volunteersWithoutAddressMatch).toBe(1);
    expect(s.todo.lastBackupAt).toBeNull();
    expect(s.todo.lastBackupAgeHours).toBeNull();
  });

  it('counts a past year on its last day: who was active then, that year\'s seminars', async () => {
    const core = testCore({ now: () => NOW });
    await seed(core);
    const s = await core.call('dashboard-summary', { fiscalYear: 2568 });
    expect(s.asOf).toBe('2025-09-30');
    // The volunteer who resigned in December 2568 was still serving on 30 September 2568.
    expect(s.volunteers.active).toBe(4);
    // Equal counts in Thai dictionary order (เมือง files under ม, before ห).
    expect(s.volunteers.byDistrict).toEqual([
      { district: 'เมืองสงขลา', count: 2 },
      { district: 'หาดใหญ่', count: 2 },
    ]);
    expect(s.volunteers.termsEnding).toBe(0);
    expect(s.seminars).toEqual({ planned: 0, running: 0, done: 1, cancelled: 0 });
    expect(s.months[0]).toMatchObject({ month: 10, year: 2024 });
    expect(s.months.find((m) => m.month === 3)).toMatchObject({ year: 2025, seminars: 1 });
    expect(s.todo.seminarsWithoutReport).toBe(1);
    expect(s.budget).toEqual({ planned: 0, actual: 0, byCategory: [] });
  });

  it('gives zeros on an empty register, and an empty chart month by month', async () => {
    const core = testCore({ now: () => NOW });
    const s = await core.call('dashboard-summary', { fiscalYear: 2569 });
    expect(s.volunteers).toEqual({ active: 0, termsEnding: 0, byDistrict: [] });
    expect(s.participants.attendanceRate).toBeNull();
    expect(s.months).toHaveLength(12);
    expect(s.months.every((m) => m.seminars === 0 && m.attended === 0)).toBe(true);
  });

  it('reads the age of the newest backup in the data folder', async () => {
    let now = NOW;
    const core = testCore({ now: () => now });
    await core.call('backup-create', {});
    now = new Date(NOW.getTime() + 50 * 3_600_000);
    const s = await core.call('dashboard-summary', {});
    expect(new Date(s.todo.lastBackupAt!).getTime()).toBe(NOW.getTime());
    expect(s.todo.lastBackupAgeHours).toBe(50);
  });

  it('refuses a fiscal year that is not one, in Thai', async () => {
    const core = testCore({ now: () => NOW });
    const r = await core.dispatch('dashboard-summary', { fiscalYear: 2025 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'VALIDATION', message: 'ข้อมูลไม่ถูกต้อง: ปีงบประมาณไม่ถูกต้อง' });
  });

  it('reads the register through the dashboard index alone, one address lookup per place', () => {
    const db = openDatabase(path.join(tempDir(), 'plan.sqlite'));
    try {
      ensureGeoTable(db);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${VOLUNTEERS_SQL}`).all({ asOf: '2026-01-15', until: '2026-04-15' }) as { detail: string }[]).map((r) => r.detail);
      expect(plan).toContain('SCAN v USING COVERING INDEX volunteers_dashboard');
      expect(plan.some((d) => /SEARCH g USING PRIMARY KEY/.test(d))).toBe(true);
    } finally {
      db.close();
    }
  });
});
