import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { participantCode } from '@shared/schemas/participant-code';
import { testCore, type TestCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

/** A two-day seminar (morning and afternoon of day 1, morning of day 2) with `n` volunteers and one official. */
async function seminarWith(core: TestCore, n: number) {
  for (let i = 1; i <= n; i++) await core.call('volunteer-create', volunteer(i));
  const s = await core.call('seminar-create', {
    ...songkhlaSeminar,
    days: [
      songkhlaSeminar.days[0],
      { date: '2020-03-14', sessions: [{ start: '09:00', end: '12:00', topic: 'สรุปผล' }] },
    ],
  });
  await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
  await core.call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[0].id, name: 'นายหัวหน้า ส่วนราชการ', position: 'จัดหางานจังหวัด', agency: '', phone: '' });
  const detail = await core.call('seminar-get', { id: s.id });
  const [morning, afternoon, dayTwo] = detail.days.flatMap((d) => d.sessions).map((x) => x.id);
  return { seminarId: s.id, people: detail.participants.map((p) => p.id), morning, afternoon, dayTwo };
}

function auditOf(core: TestCore, action: string): unknown[] {
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT details FROM audit_log WHERE action = ? ORDER BY id').pluck().all(action) as string[]).map((d) => JSON.parse(d));
  } finally {
    db.close();
  }
}

async function failure(core: TestCore, method: Parameters<TestCore['dispatch']>[0], input: unknown) {
  const r = await core.dispatch(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}

const presentIn = async (core: TestCore, sessionId: number) =>
  (await core.call('attendance-board', { sessionId })).roster.filter((p) => p.status === 'present').map((p) => p.id);

describe('a later session started from an earlier one ("เหมือนช่วงเช้า")', () => {
  it('marks everyone present earlier as present here, leaves marks already made here alone, and says how many it added', async () => {
    const core = testCore();
    const { seminarId, people, morning, afternoon, dayTwo } = await seminarWith(core, 6);
    // Morning: five of seven came (the official first, as group order puts him), one absent, one never marked.
    for (const id of people.slice(0, 5)) await core.call('attendance-mark', { sessionId: morning, participantId: id, status: 'present' });
    await core.call('attendance-mark', { sessionId: morning, participantId: people[5], status: 'absent' });
    // The desk had already seen two people in the afternoon: one came back, one left at noon.
    await core.call('attendance-mark', { sessionId: afternoon, participantId: people[0], status: 'present' });
    await core.call('attendance-mark', { sessionId: afternoon, participantId: people[1], status: 'absent' });

    const sources = await core.call('attendance-copy-sources', { sessionId: afternoon });
    expect(sources.map((x) => [x.session.id, x.present, x.toCopy])).toEqual([[morning, 5, 3]]);
    // Day two offers the afternoon first (the one just before), then the morning.
    expect((await core.call('attendance-copy-sources', { sessionId: dayTwo })).map((x) => x.session.id)).toEqual([afternoon, morning]);
    expect(await core.call('attendance-copy-sources', { sessionId: morning })).toEqual([]);

    const copied = await core.call('attendance-copy', { sessionId: afternoon, fromSessionId: morning });
    expect(copied).toEqual({ copied: 3, participantIds: people.slice(2, 5) });
    const board = await core.call('attendance-board', { sessionId: afternoon });
    expect(board.present).toBe(4);
    // The one recorded as gone at noon stays absent; the morning's absentee is not copied.
    expect(board.roster.find((p) => p.id === people[1])?.status).toBe('absent');
    expect(board.roster.find((p) => p.id === people[5])?.status).toBeNull();
    expect(board.roster.find((p) => p.id === people[6])?.status).toBeNull();

    // Copying again adds nobody.
    expect((await core.call('attendance-copy', { sessionId: afternoon, fromSessionId: morning })).copied).toBe(0);
    expect(auditOf(core, 'attendance-copy')).toEqual([
      { from: '2020-03-13 09:00', to: '2020-03-13 13:00', copied: 3 },
      { from: '2020-03-13 09:00', to: '2020-03-13 13:00', copied: 0 },
    ]);

    // The desk takes a copy back by clearing those it added, through the sheet's save.
    const undo = copied.participantIds.map((participantId) => ({ sessionId: afternoon, participantId, status: null }));
    expect(await core.call('attendance-save', { seminarId, cells: undo })).toEqual({ changed: 3 });
    expect(await presentIn(core, afternoon)).toEqual([people[0]]);
  });

  it('refuses a session of another seminar or the session itself', async () => {
    const core = testCore();
    const { morning, afternoon } = await seminarWith(core, 1);
    const other = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อื่น' });
    expect((await failure(core, 'attendance-copy', { sessionId: afternoon, fromSessionId: other.days[0].sessions[0].id })).code).toBe('NOT_FOUND');
    expect((await failure(core, 'attendance-copy', { sessionId: morning, fromSessionId: morning })).message).toContain('เลือกช่วงเวลาอื่น');
  });
});

describe('paper sign-in sheets keyed as a grid', () => {
  it('lists people in sign-in sheet order with the number on their group sheet and the code under the barcode', async () => {
    const core = testCore();
    const { seminarId, people, morning } = await seminarWith(core, 3);
    await core.call('attendance-mark', { sessionId: morning, participantId: people[2], status: 'absent' });
    const sheet = await core.call('attendance-sheet', { seminarId });
    expect(sheet.sessions).toHaveLength(3);
    expect(sheet.rows.map((r) => [r.name, r.no, r.code])).toEqual([
      ['นายหัวหน้า ส่วนราชการ', 1, participantCode(people[0])],
      ['นายสมหมาย1 ทดสอบ1', 1, participantCode(people[1])],
      ['นายสมหมาย2 ทดสอบ2', 2, participantCode(people[2])],
      ['นายสมหมาย3 ทดสอบ3', 3, participantCode(people[3])],
    ]);
    expect(sheet.rows[2].marks).toEqual({ [morning]: 'absent' });
  });

  it('saves every changed cell in one transaction and audits the changes', async () => {
    const core = testCore();
    const { seminarId, people, morning, afternoon } = await seminarWith(core, 3);
    await core.call('attendance-mark', { sessionId: morning, participantId: people[0], status: 'present' });
    const saved = await core.call('attendance-save', {
      seminarId,
      cells: [
        { sessionId: morning, participantId: people[0], status: null },
        { sessionId: morning, participantId: people[1], status: 'present' },
        { sessionId: afternoon, participantId: people[1], status: 'present' },
        { sessionId: afternoon, participantId: people[2], status: 'absent' },
        // Already so: not a change.
        { sessionId: afternoon, participantId: people[3], status: null },
      ],
    });
    expect(saved).toEqual({ changed: 4 });
    const rows = (await core.call('attendance-sheet', { seminarId })).rows;
    expect(rows.map((r) => r.marks)).toEqual([{}, { [morning]: 'present', [afternoon]: 'present' }, { [afternoon]: 'absent' }, {}]);
    expect(auditOf(core, 'attendance-sheet')).toEqual([
      {
        fields: ['sessionId', 'participantId', 'from', 'to'],
        changes: [
          [morning, people[0], 'present', null],
          [morning, people[1], null, 'present'],
          [afternoon, people[1], null, 'present'],
          [afternoon, people[2], null, 'absent'],
        ],
      },
    ]);
  });

  it('writes nothing when one cell fails: the cells before it are rolled back and the failing cell is named', async () => {
    const core = testCore();
    const { seminarId, people, morning, afternoon } = await seminarWith(core, 3);
    await core.call('attendance-mark', { sessionId: morning, participantId: people[0], status: 'present' });
    // Removed in another window after the grid was opened.
    await core.call('participant-remove', { id: people[3] });
    const before = await core.call('attendance-sheet', { seminarId });
    const error = await failure(core, 'attendance-save', {
      seminarId,
      cells: [
        { sessionId: morning, participantId: people[0], status: null },
        { sessionId: morning, participantId: people[1], status: 'present' },
        { sessionId: afternoon, participantId: people[2], status: 'present' },
        { sessionId: afternoon, participantId: people[3], status: 'present' },
        { sessionId: afternoon, participantId: people[1], status: 'present' },
      ],
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/^ยังไม่ได้บันทึก: ไม่พบผู้เข้าร่วมนี้ในโครงการ ไม่มีช่องใดถูกบันทึก/);
    expect(error.fields).toEqual({ 'cells.3.status': 'ไม่พบผู้เข้าร่วมนี้ในโครงการ' });
    expect(await core.call('attendance-sheet', { seminarId })).toEqual(before);
    expect(auditOf(core, 'attendance-sheet')).toEqual([]);

    // A session of another seminar is refused the same way.
    const other = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อื่น' });
    const wrong = await failure(core, 'attendance-save', {
      seminarId,
      cells: [
        { sessionId: morning, participantId: people[1], status: 'present' },
        { sessionId: other.days[0].sessions[0].id, participantId: people[1], status: 'present' },
      ],
    });
    expect(wrong.fields).toEqual({ 'cells.1.status': 'ไม่พบช่วงเวลานี้ในโครงการ' });
    expect(await core.call('attendance-sheet', { seminarId })).toEqual(before);
  });
});
