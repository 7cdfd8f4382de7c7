import { describe, expect, it } from 'vitest';
import { titleForFiscalYear } from '@shared/thai';
import { testCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

/** Last year's seminar: two days (a Thursday and the Friday), rate-priced and lump-sum lines, people in three groups. */
async function lastYear(core: ReturnType<typeof testCore>) {
  const s = await core.call('seminar-create', {
    ...songkhlaSeminar,
    title: 'สัมมนาเครือข่ายอาสาสมัครแรงงาน ประจำปีงบประมาณ พ.ศ. 2563',
    days: [
      { date: '2020-03-12', sessions: [{ start: '09:00', end: '12:00', topic: 'พิธีเปิด' }, { start: '13:00', end: '16:00', topic: 'บรรยาย' }] },
      { date: '2020-03-13', sessions: [{ start: '09:00', end: '12:00', topic: 'ระดมความคิด' }] },
    ],
  });
  await core.call('budget-line-save', { seminarId: s.id, category: 'meal', description: '', rateItem: 'meal_full_gov', quantity: 100, times: 2 });
  await core.call('budget-line-save', { seminarId: s.id, category: 'venue', description: 'ค่าเช่าห้องประชุม', quantity: 1, times: 2, rate: 3000, actualAmount: 5500 });
  const ids: number[] = [];
  for (let n = 1; n <= 3; n++) ids.push((await core.call('volunteer-create', volunteer(n))).id);
  const group = (name: string) => s.groups.find((g) => g.name === name)!.id;
  await core.call('participant-add-volunteers', { seminarId: s.id, groupId: group('อาสาสมัครแรงงาน'), volunteerIds: ids });
  const contact = await core.call('contact-save', { name: 'นายหัวหน้า ส่วนราชการ', position: 'จัดหางานจังหวัด', agency: 'สำนักงานจัดหางานจังหวัดสงขลา', phone: '', notes: '' });
  await core.call('participant-add-contacts', { seminarId: s.id, groupId: group('หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน'), contactIds: [contact.id] });
  await core.call('participant-add-walkin', { seminarId: s.id, groupId: group('คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด'), name: 'นางมาเอง หน้างาน', position: '', agency: '', phone: '' });
  const detail = await core.call('seminar-get', { id: s.id });
  const session = detail.days[0].sessions[0].id;
  for (const p of detail.participants) await core.call('attendance-mark', { sessionId: session, participantId: p.id, status: 'present' });
  await core.call('participant-update', { ...detail.participants[0], travelAmount: 300, allowanceAmount: 120 });
  await core.call('seminar-save-outcome', { id: s.id, outcomes: 'สำเร็จ', problems: 'ฝนตก', suggestions: 'จัดอีก' });
  return { s, ids, contact };
}

describe('copy a seminar to a new fiscal year', () => {
  it('moves the fiscal year in the title, in Arabic or Thai digits, and leaves other numbers alone', () => {
    expect(titleForFiscalYear('สัมมนา ประจำปีงบประมาณ พ.ศ. 2568 รุ่นที่ 12568', 2568, 2569)).toBe('สัมมนา ประจำปีงบประมาณ พ.ศ. 2569 รุ่นที่ 12568');
    expect(titleForFiscalYear('สัมมนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 2568, 2569)).toBe('สัมมนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(titleForFiscalYear('สัมมนาเครือข่าย', 2568, 2569)).toBe('สัมมนาเครือข่าย');
  });

  it('copies the plan with the days moved, the budget at the new rates, and no people unless asked', async () => {
    const core = testCore();
    const { s } = await lastYear(core);
    // The ceiling for full-day meals at a government venue rises from 1 January 2021.
    await core.call('rate-save', { item: 'meal_full_gov', trainingType: 'outsider', effectiveFrom: '2021-01-01', amount: 700, note: 'ทดสอบ' });
    const oldMeal = (await core.call('seminar-get', { id: s.id })).budget[0].rate;

    const r = await core.call('seminar-copy', { id: s.id, firstDate: '2021-03-11' });
    expect(r.title).toBe('สัมมนาเครือข่ายอาสาสมัครแรงงาน ประจำปีงบประมาณ พ.ศ. 2564');
    expect(r.rateChanges).toEqual([{ description: 'ค่าอาหาร ครบทุกมื้อ (สถานที่ราชการ)', from: oldMeal, to: 700 }]);
    expect(r.participantsCopied).toBe(0);

    const copy = await core.call('seminar-get', { id: r.id });
    expect(copy).toMatchObject({
      fiscalYear: 2564, status: 'planned', objectives: songkhlaSeminar.objectives, venuePlace: songkhlaSeminar.venuePlace,
      outcomes: '', problems: '', suggestions: '', participants: [], attendance: [],
    });
    expect(copy.days.map((d) => [d.date, d.sessions.map((x) => `${x.start}-${x.end} ${x.topic}`)])).toEqual([
      ['2021-03-11', ['09:00-12:00 พิธีเปิด', '13:00-16:00 บรรยาย']],
      ['2021-03-12', ['09:00-12:00 ระดมความคิด']],
    ]);
    expect(copy.groups.map((g) => [g.name, g.plannedCount, g.category])).toEqual(songkhlaSeminar.groups.map((g) => [g.name, g.plannedCount, g.category]));
    expect(copy.budget.map((b) => [b.category, b.description, b.rateItem, b.quantity, b.times, b.rate, b.actualAmount])).toEqual([
      ['meal', '', 'meal_full_gov', 100, 2, 700, null],
      ['venue', 'ค่าเช่าห้องประชุม', null, 1, 2, 3000, null],
    ]);
    // The old seminar is untouched.
    const old = await core.call('seminar-get', { id: s.id });
    expect(old.budget[0].rate).toBe(oldMeal);
    expect(old.participants).toHaveLength(5);
  });

  it('copies the participant list into the same groups, without attendance or amounts, leaving out who no longer serves', async () => {
    const core = testCore();
    const { s, ids, contact } = await lastYear(core);
    await core.call('volunteer-status-change', { id: ids[1], status: 'resigned', date: '2020-12-01', reason: 'ลาออก' });
    await core.call('contact-save', { ...contact, position: 'จัดหางานจังหวัด (ใหม่)' });

    const r = await core.call('seminar-copy', { id: s.id, firstDate: '2021-03-11', title: 'สัมมนา รุ่นใหม่', participants: true });
    expect(r.participantsCopied).toBe(4);
    expect(r.participantsLeftOut).toEqual(['นายสมหมาย2 ทดสอบ2']);
    const copy = await core.call('seminar-get', { id: r.id });
    expect(copy.title).toBe('สัมมนา รุ่นใหม่');
    const groupOf = (groupId: number) => copy.groups.find((g) => g.id === groupId)!.name;
    expect(copy.participants.map((p) => [groupOf(p.groupId), p.name, p.position, p.travelAmount, p.allowanceAmount]).sort()).toEqual(
      [
        ['หัวหน้าส่วนราชการสังกัดกระทรวงแรงงาน', 'นายหัวหน้า ส่วนราชการ', 'จัดหางานจังหวัด (ใหม่)', null, null],
        ['คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', 'นางมาเอง หน้างาน', '', null, null],
        ['อาสาสมัครแรงงาน', 'นายสมหมาย1 ทดสอบ1', 'อาสาสมัครแรงงาน', null, null],
        ['อาสาสมัครแรงงาน', 'นายสมหมาย3 ทดสอบ3', 'อาสาสมัครแรงงาน', null, null],
      ].sort(),
    );
    expect(copy.attendance).toEqual([]);
    expect(copy.summary.attended).toBe(0);
  });

  it('refuses an unknown seminar and a date that is not one, as values', async () => {
    const core = testCore();
    const missing = await core.dispatch('seminar-copy', { id: 999, firstDate: '2021-03-11' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const bad = await core.dispatch('seminar-copy', { id: 1, firstDate: '2021-02-30' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });
});
