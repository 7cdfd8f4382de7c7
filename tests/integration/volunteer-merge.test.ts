import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { nationalIdCheckDigit } from '@shared/thai';
import { DATABASE_FILE } from '../../electron/core';
import { testCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

/** A valid ID from its first 12 digits. */
const idOf = (first12: string) => first12 + nationalIdCheckDigit(first12);

type Core = ReturnType<typeof testCore>;

function readDb(core: Core) {
  return new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
}

describe('possible duplicates in the register', () => {
  it('finds same name and birth date, a re-appointment as a new row, a shared phone, and IDs one digit apart or swapped', async () => {
    const core = testCore();
    const make = (n: number, patch: Partial<ReturnType<typeof volunteer>>) => core.call('volunteer-create', { ...volunteer(n), ...patch });
    // The same person twice: same name and birth date, the second row a later appointment.
    const a1 = await make(1, { termStart: '2016-10-01', termEnd: '2019-09-30' });
    const a2 = await make(2, { firstName: 'สมหมาย1', lastName: 'ทดสอบ1', title: 'นาย', termStart: '2019-10-01', termEnd: '2022-09-30' });
    // Same name, different birth dates: two people, not offered.
    await make(3, { firstName: 'สมศรี', lastName: 'มีสุข', birthDate: '1970-01-01' });
    await make(4, { firstName: 'สมศรี', lastName: 'มีสุข', birthDate: '1980-01-01', nationalId: idOf('170000000004') });
    // A shared phone in any spelling.
    const p1 = await make(5, { phone: '081-234-5678' });
    const p2 = await make(6, { phone: '0812345678' });
    // IDs: one body digit apart, and two adjacent digits swapped (check digits recomputed), with the
    // same surname or first name; a neighbour's ID with another name is not offered.
    const t1 = await make(7, { lastName: 'ใจเย็น', nationalId: idOf('120000000001') });
    const t2 = await make(8, { lastName: 'ใจเย็น', nationalId: idOf('120000000091') });
    await make(11, { nationalId: idOf('120000000071') });
    const s1 = await make(9, { firstName: 'ประเสริฐ', nationalId: idOf('150000001234') });
    const s2 = await make(10, { firstName: 'ประเสริฐ', nationalId: idOf('150000002134') });

    const pairs = await core.call('volunteer-duplicates', {});
    const seen = pairs.map((p) => [p.a.volunteer.id, p.b.volunteer.id, p.reasons.sort()]);
    expect(seen).toEqual(
      expect.arrayContaining([
        [a1.id, a2.id, ['id-typo', 'name-birth', 'reappointed']],
        [p1.id, p2.id, ['phone']],
        [t1.id, t2.id, ['id-typo']],
        [s1.id, s2.id, ['id-typo']],
      ]),
    );
    expect(seen).toHaveLength(4);

    // "Not the same person" is remembered.
    await core.call('volunteer-duplicate-dismiss', { a: p2.id, b: p1.id });
    const after = await core.call('volunteer-duplicates', {});
    expect(after.map((p) => [p.a.volunteer.id, p.b.volunteer.id])).not.toContainEqual([p1.id, p2.id]);
    expect(after).toHaveLength(3);
    const db = readDb(core);
    expect(db.prepare("SELECT action FROM audit_log WHERE entity = 'volunteer' AND entity_id = ? ORDER BY id DESC LIMIT 1").pluck().get(String(p1.id))).toBe('not-duplicate');
    db.close();
  });
});

describe('merging two rows into one person', () => {
  async function twoRows(core: Core) {
    const keep = await core.call('volunteer-create', { ...volunteer(1), phone: '', appointmentOrderNo: '12/2559', termStart: '2016-10-01', termEnd: '2019-09-30' });
    // Re-appointed three years later as a new row, the surname mistyped.
    const other = await core.call('volunteer-create', {
      ...volunteer(2), firstName: 'สมหมาย1', lastName: 'ทดสอป1', phone: '0899998888', email: 'sommai@example.com',
      occupation: 'ค้าขาย', appointmentOrderNo: '45/2562', termStart: '2019-10-01', termEnd: '2022-09-30',
    });
    await core.call('volunteer-status-change', { id: other.id, status: 'term_ended', date: '2022-09-30', reason: 'ครบวาระ' });

    // Seminar 1 had both rows (two sessions, each row present at a different one, each with an amount);
    // seminar 2 had only the removed row.
    const s1 = await core.call('seminar-create', songkhlaSeminar);
    const group = s1.groups[2].id;
    await core.call('participant-add-volunteers', { seminarId: s1.id, groupId: group, volunteerIds: [keep.id] });
    await core.call('participant-add-volunteers', { seminarId: s1.id, groupId: group, volunteerIds: [other.id] });
    const d1 = await core.call('seminar-get', { id: s1.id });
    expect(d1.participants).toHaveLength(2);
    const [morning, afternoon] = d1.days[0].sessions;
    const pKeep = d1.participants.find((p) => p.volunteerId === keep.id)!;
    const pOther = d1.participants.find((p) => p.volunteerId === other.id)!;
    await core.call('attendance-mark', { sessionId: morning.id, participantId: pKeep.id, status: 'absent' });
    await core.call('attendance-mark', { sessionId: morning.id, participantId: pOther.id, status: 'present' });
    await core.call('attendance-mark', { sessionId: afternoon.id, participantId: pKeep.id, status: 'present' });
    await core.call('participant-update', { ...pKeep, travelAmount: 300 });
    await core.call('participant-update', { ...pOther, allowanceAmount: 120 });
    const s2 = await core.call('seminar-create', { ...songkhlaSeminar, title: 'อบรมรุ่นสอง', days: [{ date: '2021-05-05', sessions: [{ start: '09:00', end: '12:00', topic: '' }] }] });
    await core.call('participant-add-volunteers', { seminarId: s2.id, groupId: s2.groups[2].id, volunteerIds: [other.id] });
    return { keep, other, s1, s2 };
  }

  it('keeps the chosen values, moves seminars, terms, status history and audit history, joins the shared seminar, audits the merge: one transaction, nothing lost', async () => {
    const core = testCore();
    const { keep, other, s1, s2 } = await twoRows(core);
    // Photos and printed cards of both rows (written as the card and photo features write them).
    const w = new Database(path.join(core.dataDir, DATABASE_FILE));
    const photo = w.prepare("INSERT INTO volunteer_photos (volunteer_id, path, mime, size, created_at) VALUES (?, ?, 'image/png', 10, '2026-01-01')");
    photo.run(keep.id, `photos/volunteer-${keep.id}/a.png`);
    photo.run(other.id, `photos/volunteer-${other.id}/b.png`);
    const card = w.prepare("INSERT INTO volunteer_cards (volunteer_id, card_no, issue_no, issued_on, created_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')");
    card.run(keep.id, 'สข-001', 1);
    card.run(other.id, 'สข-077', 1);
    card.run(other.id, 'สข-077', 2);
    w.close();
    const db0 = readDb(core);
    const otherAudit = db0.prepare("SELECT id FROM audit_log WHERE entity = 'volunteer' AND entity_id = ?").pluck().all(String(other.id)) as number[];
    db0.close();
    expect(otherAudit.length).toBeGreaterThanOrEqual(2);

    const r = await core.call('volunteer-merge', { keepId: keep.id, removeId: other.id, take: { phone: 'other', email: 'other', appointment: 'other', occupation: 'other', status: 'kept' } });
    expect(r).toEqual({ id: keep.id, seminarsMoved: 1, seminarsJoined: 1 });

    const merged = await core.call('volunteer-get', { id: keep.id });
    expect(merged.volunteer).toMatchObject({
      nationalId: volunteer(1).nationalId, phone: '0899998888', email: 'sommai@example.com', occupation: 'ค้าขาย',
      appointmentOrderNo: '45/2562', termStart: '2019-10-01', status: 'active',
    });
    // Both terms, the status history and every audit entry are the kept person's now.
    expect(merged.terms.map((t) => t.orderNo)).toEqual(['12/2559', '45/2562']);
    expect(merged.statusChanges.map((c) => c.toStatus)).toEqual(['term_ended']);
    const ids = merged.audit.map((a) => a.id);
    for (const id of otherAudit) expect(ids).toContain(id);
    const entry = merged.audit[0];
    expect(entry.action).toBe('merge');
    expect(entry.details).toMatchObject({
      mergedFrom: other.id,
      removed: { id: other.id, lastName: 'ทดสอป1', nationalId: volunteer(2).nationalId, phone: '0899998888', status: 'term_ended' },
      changes: { phone: ['', '0899998888'], appointmentOrderNo: ['12/2559', '45/2562'] },
      moved: { seminars: 1, terms: 1, statusChanges: 1, photos: 1, cards: 2 },
    });
    expect((await core.dispatch('volunteer-get', { id: other.id })).ok).toBe(false);

    // The shared seminar: one row, present at both sessions, both amounts, nothing of the other row left.
    const d1 = await core.call('seminar-get', { id: s1.id });
    expect(d1.participants).toHaveLength(1);
    expect(d1.participants[0]).toMatchObject({ volunteerId: keep.id, travelAmount: 300, allowanceAmount: 120 });
    expect(d1.attendance.map((a) => a.status)).toEqual(['present', 'present']);
    expect(d1.summary.attended).toBe(1);
    const d2 = await core.call('seminar-get', { id: s2.id });
    expect(d2.participants.map((p) => p.volunteerId)).toEqual([keep.id]);
    const seminars = await core.call('volunteer-seminars', { volunteerId: keep.id });
    expect(seminars.map((s) => s.seminarId).sort()).toEqual([s1.id, s2.id].sort());
    // The register search finds the person by the phone taken over, and the removed ID no longer.
    expect((await core.call('volunteer-list', { q: '0899998888' })).rows.map((v) => v.id)).toEqual([keep.id]);
    expect((await core.call('volunteer-list', { q: volunteer(2).nationalId })).total).toBe(0);

    const db = readDb(core);
    expect(db.prepare('SELECT path FROM volunteer_photos WHERE volunteer_id = ? ORDER BY id').pluck().all(keep.id)).toEqual([`photos/volunteer-${keep.id}/a.png`, `photos/volunteer-${other.id}/b.png`]);
    expect(db.prepare('SELECT card_no, issue_no FROM volunteer_cards WHERE volunteer_id = ? ORDER BY issue_no').raw().all(keep.id)).toEqual([['สข-001', 1], ['สข-077', 2], ['สข-077', 3]]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM volunteers').pluck().get()).toBe(1);
    db.close();
  });

  it('keeps the newer row when the clerk picks it: the older row\'s seminars, terms, activities and audit history move to it, in the file', async () => {
    const core = testCore();
    const { keep: older, other: newer, s1, s2 } = await twoRows(core);
    const [kind] = await core.call('activity-kinds-get', {});
    const done = await core.call('activity-create', { volunteerId: older.id, kindId: kind.id, date: '2019-03-01', people: 12, place: 'ศาลาประชาคม', notes: '', agency: '', outcome: null });
    const db0 = readDb(core);
    const olderAudit = db0.prepare("SELECT id FROM audit_log WHERE entity = 'volunteer' AND entity_id = ?").pluck().all(String(older.id)) as number[];
    db0.close();
    expect(olderAudit.length).toBeGreaterThanOrEqual(1);

    const r = await core.call('volunteer-merge', { keepId: newer.id, removeId: older.id, take: { name: 'other' } });
    expect(r).toEqual({ id: newer.id, seminarsMoved: 0, seminarsJoined: 1 });

    const kept = await core.call('volunteer-get', { id: newer.id });
    // The newer row's own values stay (its ID, phone, appointment); the name is the older row's spelling.
    expect(kept.volunteer).toMatchObject({ nationalId: volunteer(2).nationalId, phone: '0899998888', appointmentOrderNo: '45/2562', lastName: 'ทดสอบ1' });
    expect(kept.terms.map((t) => t.orderNo)).toEqual(['12/2559', '45/2562']);
    for (const id of olderAudit) expect(kept.audit.map((a) => a.id)).toContain(id);
    expect(kept.audit[0].details).toMatchObject({ mergedFrom: older.id, removed: { id: older.id, nationalId: volunteer(1).nationalId } });
    expect((await core.call('activity-list', { volunteerId: newer.id })).map((a) => a.id)).toEqual([done.id]);
    expect((await core.dispatch('volunteer-get', { id: older.id })).ok).toBe(false);
    const seminars = await core.call('volunteer-seminars', { volunteerId: newer.id });
    expect(seminars.map((x) => x.seminarId).sort()).toEqual([s1.id, s2.id].sort());

    // What the file holds: nothing points at the removed row.
    const db = readDb(core);
    for (const [table, column] of [['seminar_participants', 'volunteer_id'], ['volunteer_terms', 'volunteer_id'], ['activities', 'volunteer_id'], ['volunteer_status_changes', 'volunteer_id']]) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(older.id)).toBe(0);
    }
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'volunteer' AND entity_id = ?").pluck().get(String(older.id))).toBe(0);
    expect(db.prepare('SELECT id FROM volunteers').pluck().all()).toEqual([newer.id]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });

  it('taking the other row\'s national ID works (the typo was in the kept row), and a failure changes nothing', async () => {
    const core = testCore();
    const { keep, other } = await twoRows(core);
    await core.call('volunteer-merge', { keepId: keep.id, removeId: other.id, take: { nationalId: 'other', name: 'other' } });
    expect((await core.call('volunteer-get', { id: keep.id })).volunteer.nationalId).toBe(volunteer(2).nationalId);

    const again = await core.dispatch('volunteer-merge', { keepId: keep.id, removeId: other.id, take: {} });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
    const same = await core.dispatch('volunteer-merge', { keepId: keep.id, removeId: keep.id, take: {} });
    expect(same.ok ? null : same.error.code).toBe('VALIDATION');
  });

  it('rolls back everything when the merge cannot finish', async () => {
    const core = testCore();
    const { keep, other, s1 } = await twoRows(core);
    // A row elsewhere still pointing at the removed person, as a table added later might.
    const db = new Database(path.join(core.dataDir, DATABASE_FILE));
    db.exec('CREATE TABLE later_feature (volunteer_id INTEGER REFERENCES volunteers (id))');
    db.prepare('INSERT INTO later_feature VALUES (?)').run(other.id);
    db.close();
    const r = await core.dispatch('volunteer-merge', { keepId: keep.id, removeId: other.id, take: { phone: 'other' } });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('ไม่มีข้อมูลใดถูกเปลี่ยน') });
    expect((await core.call('volunteer-get', { id: other.id })).terms).toHaveLength(1);
    expect((await core.call('volunteer-get', { id: keep.id })).volunteer.phone).toBe('');
    expect((await core.call('seminar-get', { id: s1.id })).participants).toHaveLength(2);
  });
});
