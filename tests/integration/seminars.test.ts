import type { Input } from '@shared/api';
import { describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

async function withVolunteers(core: TestCore, n: number, district = 'เมืองสงขลา', from = 1) {
  const ids: number[] = [];
  for (let i = from; i < from + n; i++) ids.push((await core.call('volunteer-create', volunteer(i, district))).id);
  return ids;
}

async function failure(core: TestCore, method: Parameters<TestCore['dispatch']>[0], input: unknown) {
  const r = await core.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}

describe('seminar plan', () => {
  it('creates the Songkhla seminar and derives fiscal year 2563 from 13 March 2563', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    expect(s.fiscalYear).toBe(2563);
    expect(s.status).toBe('planned');
    expect(s.days).toHaveLength(1);
    expect(s.days[0].sessions.map((x) => x.start)).toEqual(['09:00', '13:00']);
    expect(s.groups.map((g) => g.plannedCount)).toEqual([5, 20, 75]);
    expect(s.summary.planned).toBe(100);
    expect(s.objectives).toEqual(songkhlaSeminar.objectives);
  });

  it('derives the fiscal year across the 1 October boundary, from the earliest day, unless typed', async () => {
    const core = testCore();
    const on = async (dates: string[], fiscalYear?: number) =>
      (await core.call('seminar-create', {
        ...songkhlaSeminar,
        fiscalYear,
        days: dates.map((date) => ({ date, sessions: [{ start: '09:00', end: '12:00', topic: '' }] })),
      })).fiscalYear;
    expect(await on(['2019-09-30'])).toBe(2562);
    expect(await on(['2019-10-01'])).toBe(2563);
    // Days given out of order: the first day is the earliest, 30 Sep.
    expect(await on(['2019-10-01', '2019-09-30'])).toBe(2562);
    expect(await on(['2019-09-30'], 2563)).toBe(2563);
  });

  it('lists seminars by fiscal year and status', async () => {
    const core = testCore();
    const a = await core.call('seminar-create', songkhlaSeminar);
    const b = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อบรมปีถัดไป', days: [{ date: '2020-10-05', sessions: [{ start: '09:00', end: '16:00', topic: '' }] }] });
    await core.call('seminar-set-status', { id: b.id, status: 'cancelled' });
    expect((await core.call('seminar-list', { fiscalYear: 2563 })).map((s) => s.id)).toEqual([a.id]);
    expect((await core.call('seminar-list', { fiscalYear: 2564 })).map((s) => s.id)).toEqual([b.id]);
    expect((await core.call('seminar-list', { status: 'cancelled' })).map((s) => s.status)).toEqual(['cancelled']);
    const all = await core.call('seminar-list', {});
    expect(all.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(all[1]).toMatchObject({ planned: 100, registered: 0, firstDate: '2020-03-13', lastDate: '2020-03-13' });
  });

  it('stores times typed as offices write them (11.00, 1100, 11 น.) as HH:MM and names an unreadable one', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', {
      ...songkhlaSeminar,
      days: [{ date: '2020-03-13', sessions: [{ start: '9.30', end: '1100', topic: '' }, { start: '13 น.', end: '16.30 น.', topic: '' }] }],
    });
    expect(s.days[0].sessions.map((x) => [x.start, x.end])).toEqual([['09:30', '11:00'], ['13:00', '16:30']]);
    const bad = await failure(core, 'seminar-create', { ...songkhlaSeminar, days: [{ date: '2020-03-13', sessions: [{ start: '25.00', end: '11.00', topic: '' }] }] });
    expect(bad.fields?.['days.0.sessions.0.start']).toMatch(/^เวลาไม่ถูกต้อง พิมพ์เช่น/);
  });

  it('refuses a plan without days, with an end before its start, or with duplicate groups', async () => {
    const core = testCore();
    expect((await failure(core, 'seminar-create', { ...songkhlaSeminar, days: [] })).fields).toHaveProperty('days');
    const bad = await failure(core, 'seminar-create', { ...songkhlaSeminar, days: [{ date: '2020-03-13', sessions: [{ start: '12:00', end: '09:00', topic: '' }] }] });
    expect(bad.fields?.['days.0.sessions.0.end']).toBe('เวลาสิ้นสุดต้องหลังเวลาเริ่ม');
    const dup = await failure(core, 'seminar-create', { ...songkhlaSeminar, groups: [songkhlaSeminar.groups[0], songkhlaSeminar.groups[0]] });
    expect(dup.message).toContain('ซ้ำ');
  });

  it('keeps ids of days, sessions and groups across an edit and guards what attendance depends on', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const [vid] = await withVolunteers(core, 1);
    await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: [vid] });
    const detail = await core.call('seminar-get', { id: s.id });
    await core.call('attendance-mark', { sessionId: s.days[0].sessions[0].id, participantId: detail.participants[0].id, status: 'present' });

    const edited = await core.call('seminar-update', {
      id: s.id,
      seminar: {
        ...songkhlaSeminar,
        title: 'สัมมนา (แก้ไข)',
        days: [
          { id: s.days[0].id, date: '2020-03-13', sessions: s.days[0].sessions.map((x) => ({ ...x, topic: x.topic + ' *' })) },
          { date: '2020-03-14', sessions: [{ start: '09:00', end: '12:00', topic: 'วันที่สอง' }] },
        ],
        // Two groups swap names; the one with members keeps its id and its people.
        groups: [
          { ...s.groups[1], name: s.groups[0].name },
          { ...s.groups[0], name: s.groups[1].name },
          s.groups[2],
        ],
      },
    });
    expect(edited.days.map((d) => d.date)).toEqual(['2020-03-13', '2020-03-14']);
    expect(edited.days[0].sessions[0].id).toBe(s.days[0].sessions[0].id);
    expect(edited.summary.attended).toBe(1);
    expect(edited.groups.map((g) => g.id)).toEqual([s.groups[1].id, s.groups[0].id, s.groups[2].id]);

    const dropSession = await failure(core, 'seminar-update', { id: s.id, seminar: { ...songkhlaSeminar, days: [{ id: s.days[0].id, date: '2020-03-13', sessions: [s.days[0].sessions[1]] }] } });
    expect(dropSession.code).toBe('CONFLICT');
    expect(dropSession.message).toContain('13 มีนาคม 2563');
    const dropGroup = await failure(core, 'seminar-update', { id: s.id, seminar: { ...songkhlaSeminar, days: edited.days, groups: [s.groups[0]] } });
    expect(dropGroup.message).toContain('อาสาสมัครแรงงาน');
    expect((await core.call('seminar-get', { id: s.id })).title).toBe('สัมมนา (แก้ไข)');
  });
});

describe('participants', () => {
  it('offers volunteers by subdistrict, not yet in this seminar, or present at an earlier one, and all ids of a filter', async () => {
    const core = testCore();
    const lastYear = await core.call('seminar-create', { ...songkhlaSeminar, days: [{ date: '2019-03-13', sessions: [{ start: '09:00', end: '12:00', topic: '' }] }] });
    const s = await core.call('seminar-create', songkhlaSeminar);
    const boYang = await withVolunteers(core, 3, 'เมืองสงขลา');
    const hatYai = await withVolunteers(core, 2, 'หาดใหญ่', 100);
    await core.call('participant-add-volunteers', { seminarId: lastYear.id, groupId: lastYear.groups[2].id, volunteerIds: [boYang[0], boYang[1], hatYai[0]] });
    const came = (await core.call('seminar-get', { id: lastYear.id })).participants.filter((p) => p.volunteerId !== boYang[1]);
    for (const p of came) await core.call('attendance-mark', { sessionId: lastYear.days[0].sessions[0].id, participantId: p.id, status: 'present' });
    await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: [boYang[2]] });

    const ids = async (filter: Input<'volunteer-ids'>) => (await core.call('volunteer-ids', filter)).sort((a, b) => a - b);
    expect(await ids({ attendedSeminar: lastYear.id })).toEqual([boYang[0], hatYai[0]].sort((a, b) => a - b));
    expect(await ids({ notInSeminar: s.id, district: 'เมืองสงขลา' })).toEqual([boYang[0], boYang[1]]);
    expect(await ids({ notInSeminar: s.id, attendedSeminar: lastYear.id, district: 'เมืองสงขลา', subdistrict: 'บ่อยาง' })).toEqual([boYang[0]]);
    expect(await ids({ district: 'เมืองสงขลา', subdistrict: 'ไม่มี' })).toEqual([]);
    const page = await core.call('volunteer-list', { notInSeminar: s.id, pageSize: 2 });
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
  });

  it('adds volunteers by a district filter, never anyone twice, and lists their seminars', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const mueang = await withVolunteers(core, 4, 'เมืองสงขลา');
    await withVolunteers(core, 3, 'หาดใหญ่', 100);
    const group = s.groups[2].id;

    const r = await core.call('participant-add-volunteers', { seminarId: s.id, groupId: group, filter: { district: 'เมืองสงขลา', status: 'active' } });
    expect(r).toEqual({ added: 4, skipped: [] });
    const again = await core.call('participant-add-volunteers', { seminarId: s.id, groupId: group, volunteerIds: [mueang[0]] });
    expect(again.added).toBe(0);
    expect(again.skipped).toEqual(['นายสมหมาย1 ทดสอบ1']);

    const d = await core.call('seminar-get', { id: s.id });
    expect(d.participants).toHaveLength(4);
    expect(d.participants[0]).toMatchObject({ source: 'volunteer', position: 'อาสาสมัครแรงงาน', agency: 'ตำบลบ่อยาง อำเภอเมืองสงขลา', category: 'outsider' });

    // The same person typed in as a walk-in, by ID or by name, is refused.
    const byId = await failure(core, 'participant-add-walkin', { seminarId: s.id, groupId: group, name: 'ชื่ออื่น', position: '', agency: '', phone: '', nationalId: d.participants[0].nationalId });
    expect(byId.code).toBe('CONFLICT');
    const byName = await failure(core, 'participant-add-walkin', { seminarId: s.id, groupId: group, name: 'นายสมหมาย1  ทดสอบ1', position: '', agency: '', phone: '' });
    expect(byName.message).toContain('อยู่ในรายชื่อผู้เข้าร่วมโครงการนี้แล้ว');

    await core.call('attendance-mark', { sessionId: s.days[0].sessions[1].id, participantId: d.participants[0].id, status: 'present' });
    expect(await core.call('volunteer-seminars', { volunteerId: mueang[0] })).toEqual([
      { seminarId: s.id, title: s.title, firstDate: '2020-03-13', fiscalYear: 2563, status: 'planned', groupName: 'อาสาสมัครแรงงาน', attended: true, certificateNo: null },
    ]);
    expect((await core.call('volunteer-seminars', { volunteerId: mueang[1] }))[0].attended).toBe(false);
  });

  it('sets one travel amount for a group or for all, keeping amounts typed before when asked', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    await withVolunteers(core, 3);
    await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
    await core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[0].id, name: 'นายหัวหน้า ส่วนราชการ', position: '', agency: '', phone: '' });
    const first = (await core.call('seminar-get', { id: s.id })).participants.find((p) => p.source === 'volunteer')!;
    await core.call('participant-update', { ...first, travelAmount: 500 });
    const amounts = (d: { participants: { source: string; travelAmount: number | null }[] }) => d.participants.map((p) => [p.source, p.travelAmount]);

    expect(await core.call('participant-set-amounts', { seminarId: s.id, groupId: s.groups[2].id, field: 'travelAmount', amount: 300, onlyEmpty: true })).toEqual({ changed: 2 });
    let d = await core.call('seminar-get', { id: s.id });
    expect(amounts(d)).toEqual([['walkin', null], ['volunteer', 500], ['volunteer', 300], ['volunteer', 300]]);
    expect(await core.call('participant-set-amounts', { seminarId: s.id, groupId: null, field: 'travelAmount', amount: 250, onlyEmpty: false })).toEqual({ changed: 4 });
    d = await core.call('seminar-get', { id: s.id });
    expect(d.participants.map((p) => p.travelAmount)).toEqual([250, 250, 250, 250]);
    expect(d.participants.map((p) => p.allowanceAmount)).toEqual([null, null, null, null]);
    const otherGroup = await failure(core, 'participant-set-amounts', { seminarId: s.id, groupId: 99_999, field: 'travelAmount', amount: 1, onlyEmpty: false });
    expect(otherGroup.code).toBe('NOT_FOUND');
  });

  it('adds officials from the contacts directory with their category and edits amounts', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const head = await core.call('contact-save', { name: 'นางสาวจัดหา งานดี', position: 'จัดหางานจังหวัดสงขลา', agency: 'สำนักงานจัดหางานจังหวัดสงขลา', phone: '', notes: '' });
    const guest = await core.call('contact-save', { name: 'นายแขก รับเชิญ', position: 'ประธานชุมชน', agency: '', phone: '', isGovernment: false, notes: '' });
    expect((await failure(core, 'contact-save', { name: 'นางสาวจัดหา  งานดี', position: '', agency: '', phone: '', notes: '' })).code).toBe('CONFLICT');
    expect((await core.call('contact-search', { query: 'จัดหางาน' })).map((c) => c.id)).toEqual([head.id]);

    const r = await core.call('participant-add-contacts', { seminarId: s.id, groupId: s.groups[0].id, contactIds: [head.id, guest.id, head.id] });
    expect(r).toEqual({ added: 2, skipped: ['นางสาวจัดหา งานดี'] });
    const d = await core.call('seminar-get', { id: s.id });
    expect(d.participants.map((p) => p.category)).toEqual(['official', 'outsider']);

    const guestRow = d.participants[1];
    await core.call('participant-update', { id: guestRow.id, groupId: s.groups[1].id, category: 'outsider', position: 'ผู้แทนชุมชน', agency: '', travelAmount: 240, allowanceAmount: null });
    const after = (await core.call('seminar-get', { id: s.id })).participants.find((p) => p.id === guestRow.id)!;
    expect(after).toMatchObject({ groupId: s.groups[1].id, position: 'ผู้แทนชุมชน', travelAmount: 240, allowanceAmount: null });
    expect((await failure(core, 'participant-add-contacts', { seminarId: s.id, groupId: 999, contactIds: [head.id] })).code).toBe('NOT_FOUND');
  });
});

describe('attendance', () => {
  it('checks people in per session with counts per group, undo and absent marks', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    await withVolunteers(core, 3);
    await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
    const morning = s.days[0].sessions[0].id;
    const walkin = await core.call('participant-add-walkin', {
      seminarId: s.id, groupId: s.groups[0].id, name: 'นายมาเอง หน้างาน', position: 'สวัสดิการและคุ้มครองแรงงานจังหวัด', agency: '', phone: '', checkInSessionId: morning,
    });

    let board = await core.call('attendance-board', { sessionId: morning });
    expect(board.present).toBe(1);
    expect(board.planned).toBe(100);
    const [v1, v2, v3] = board.roster.filter((p) => p.source === 'volunteer');
    const first = await core.call('attendance-mark', { sessionId: morning, participantId: v1.id, status: 'present' });
    expect(first.previous).toBeNull();
    const twice = await core.call('attendance-mark', { sessionId: morning, participantId: v1.id, status: 'present' });
    expect(twice.previous?.status).toBe('present');
    await core.call('attendance-mark', { sessionId: morning, participantId: v2.id, status: 'present' });
    await core.call('attendance-mark', { sessionId: morning, participantId: v3.id, status: 'absent' });

    board = await core.call('attendance-board', { sessionId: morning });
    expect(board.groups.map((g) => [g.registered, g.present])).toEqual([[1, 1], [0, 0], [3, 2]]);
    expect(board.present).toBe(3);
    expect(board.roster.find((p) => p.id === v3.id)?.status).toBe('absent');

    expect(await core.call('attendance-clear', { sessionId: morning, participantId: v2.id })).toEqual({ cleared: true });
    board = await core.call('attendance-board', { sessionId: morning });
    expect(board.present).toBe(2);
    expect(board.roster.find((p) => p.id === v2.id)?.status).toBeNull();

    // The afternoon counts separately; the summary counts anyone present in any session.
    await core.call('attendance-mark', { sessionId: s.days[0].sessions[1].id, participantId: v2.id, status: 'present' });
    const d = await core.call('seminar-get', { id: s.id });
    expect(d.summary).toMatchObject({ planned: 100, registered: 4, attended: 3, attendanceRate: 0.03 });
    expect(d.summary.groups.map((g) => g.attended)).toEqual([1, 0, 2]);
    expect(d.participants.find((p) => p.id === walkin.id)?.source).toBe('walkin');
    // The seminar list carries the same three counts as the summary, under the same names.
    const listed = (await core.call('seminar-list', {})).find((x) => x.id === s.id);
    expect(listed).toMatchObject({ planned: 100, registered: 4, attended: 3 });

    // A participant of another seminar cannot be marked here.
    const other = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อื่น' });
    expect((await failure(core, 'attendance-mark', { sessionId: other.days[0].sessions[0].id, participantId: v1.id, status: 'present' })).code).toBe('NOT_FOUND');
  });

  it('removing a participant removes their marks; deleting a seminar removes everything of it', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const w = await core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[0].id, name: 'นายหนึ่ง', position: '', agency: '', phone: '', checkInSessionId: s.days[0].sessions[0].id });
    await core.call('participant-remove', { id: w.id });
    expect((await core.call('attendance-board', { sessionId: s.days[0].sessions[0].id })).present).toBe(0);
    await core.call('seminar-delete', { id: s.id });
    expect((await failure(core, 'seminar-get', { id: s.id })).code).toBe('NOT_FOUND');
    expect(await core.call('seminar-list', {})).toEqual([]);
  });
});
