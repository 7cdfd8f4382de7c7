import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { eraseVolunteerFromSeminars } from '../../electron/core/seminars/participants';
import { testCore } from '../helpers/core';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';

const plan = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 0003', () => {
  it('answers the frequent lookups from indexes', () => {
    const core = testCore();
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    expect(plan(db, 'SELECT * FROM training_rates WHERE item = ? AND training_type = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1', 'snack_gov', 'b', '2020-01-01')).toMatch(/USING INDEX/);
    expect(plan(db, 'SELECT * FROM seminar_participants WHERE volunteer_id = ?', 1)).toMatch(/seminar_participants_by_volunteer/);
    expect(plan(db, 'SELECT * FROM seminar_attendance WHERE session_id = ?', 1)).toMatch(/USING (INDEX|PRIMARY KEY)/);
    expect(plan(db, 'SELECT * FROM seminars WHERE fiscal_year = ? AND status = ?', 2563, 'done')).toMatch(/seminars_fy/);
    db.close();
  });

  it('erasing a volunteer (PDPA) blanks their seminar rows but keeps counts and attendance', async () => {
    const core = testCore();
    const s = await core.call('seminar-create', songkhlaSeminar);
    const { id } = await core.call('volunteer-create', volunteer(1));
    await core.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, volunteerIds: [id] });
    const p = (await core.call('seminar-get', { id: s.id })).participants[0];
    await core.call('attendance-mark', { sessionId: s.days[0].sessions[0].id, participantId: p.id, status: 'present' });

    const db = new Database(path.join(core.dataDir, DATABASE_FILE));
    expect(eraseVolunteerFromSeminars(db, id)).toBe(1);
    db.close();
    const after = await core.call('seminar-get', { id: s.id });
    expect(after.participants[0]).toMatchObject({ name: 'ข้อมูลถูกลบตามคำขอของเจ้าของข้อมูล', nationalId: '', phone: '' });
    expect(after.summary.attended).toBe(1);
  });
});
