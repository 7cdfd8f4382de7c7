/**
 * The home dashboard at province-and-more scale: 100,000 synthetic volunteers and 1,000 seminars
 * (with their groups, 60 participants each, two sessions of attendance marks and four budget
 * lines) in a file database. Prints p50/p95 of the `dashboard-summary` call (validation, every
 * aggregate query, the backup folder) for each fiscal year the seminars span. Target (issue 9):
 * p95 ≤ 150 ms, so the home page never waits on its numbers. Exits non-zero when missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, fiscalYearOf, fiscalYearRange, todayIso } from '@shared/thai';
import { BUDGET_CATEGORIES, SEMINAR_STATUSES } from '@shared/schemas/seminar';
import { DATABASE_FILE, createCore } from '../../electron/core';
import type { Db } from '../../electron/core/db/open';
import { openDatabase } from '../../electron/core/db/open';
import { generateVolunteers, insertMany, seededRandom } from '../../electron/core/volunteers/sample';
import { percentile } from './stats';

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const SEMINARS = 1_000;
const PARTICIPANTS = 60;
const ROUNDS = 20;
const TARGET_P95_MS = 150;

/** Seminars spread over four fiscal years, each with its people, attendance and budget, in SQL. */
function seedSeminars(db: Db, years: number[], volunteerCount: number): void {
  const random = seededRandom(9);
  const at = new Date().toISOString();
  const seminar = db.prepare(
    `INSERT INTO seminars (title, kind, fiscal_year, status, training_type, venue_kind, outcomes, first_date, created_at, updated_at)
     VALUES (?, 'seminar', ?, ?, 'outsider', 'gov', ?, ?, ?, ?)`,
  );
  const day = db.prepare('INSERT INTO seminar_days (seminar_id, date) VALUES (?, ?)');
  const session = db.prepare("INSERT INTO seminar_sessions (day_id, start_time, end_time, topic, sort) VALUES (?, ?, ?, '', ?)");
  const group = db.prepare("INSERT INTO seminar_groups (seminar_id, name, planned_count, category, sort) VALUES (?, 'อาสาสมัครแรงงาน', ?, 'outsider', 0)");
  const participant = db.prepare(
    `INSERT INTO seminar_participants (seminar_id, group_id, source, volunteer_id, name, category, name_key, created_at)
     VALUES (?, ?, 'volunteer', ?, ?, 'outsider', ?, ?)`,
  );
  const mark = db.prepare('INSERT INTO seminar_attendance (session_id, participant_id, status, at) VALUES (?, ?, ?, ?)');
  const budget = db.prepare('INSERT INTO seminar_budget_lines (seminar_id, category, quantity, times, rate, actual_amount, sort) VALUES (?, ?, ?, 1, ?, ?, ?)');
  for (let i = 0; i < SEMINARS; i++) {
    const fy = years[i % years.length];
    const date = addDays(fiscalYearRange(fy).start, Math.floor(random() * 360));
    const status = SEMINAR_STATUSES[Math.floor(random() * SEMINAR_STATUSES.length)];
    const id = Number(seminar.run(`สัมมนาอาสาสมัครแรงงาน ครั้งที่ ${i + 1}`, fy, status, random() < 0.5 ? 'ผลการดำเนินงาน' : '', date, at, at).lastInsertRowid);
    const dayId = Number(day.run(id, date).lastInsertRowid);
    const sessions = [Number(session.run(dayId, '09:00', '12:00', 0).lastInsertRowid), Number(session.run(dayId, '13:00', '16:00', 1).lastInsertRowid)];
    const groupId = Number(group.run(id, PARTICIPANTS + 10).lastInsertRowid);
    const first = 1 + Math.floor(random() * (volunteerCount - PARTICIPANTS));
    for (let p = 0; p < PARTICIPANTS; p++) {
      const name = `ผู้เข้าร่วม ${i}-${p}`;
      const pid = Number(participant.run(id, groupId, first + p, name, name, at).lastInsertRowid);
      for (const s of sessions) mark.run(s, pid, random() < 0.85 ? 'present' : 'absent', at);
    }
    for (let b = 0; b < 4; b++) budget.run(id, BUDGET_CATEGORIES[b], 100, 35 + b * 100, random() < 0.5 ? 3_000 : null, b);
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-bench-'));
  try {
    const t0 = performance.now();
    const current = fiscalYearOf(todayIso());
    const years = [current - 2, current - 1, current, current + 1];
    const db = openDatabase(path.join(dir, DATABASE_FILE));
    db.transaction(() => {
      insertMany(db, generateVolunteers(VOLUNTEERS, { seed: 7 }), new Date(), (_v, i) => (i % 10 === 0 ? 'term_ended' : 'active'));
      seedSeminars(db, years, VOLUNTEERS);
    })();
    db.pragma('optimize');
    db.close();
    console.log(`seeded ${VOLUNTEERS.toLocaleString('en-US')} volunteers and ${SEMINARS.toLocaleString('en-US')} seminars in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const core = createCore({ dataDir: dir, resourcesDir: path.resolve('resources'), log: () => {} });
    const times: Record<number, number[]> = {};
    for (let round = 0; round <= ROUNDS; round++) {
      for (const fiscalYear of years) {
        const t = performance.now();
        const r = await core.dispatch('dashboard-summary', { fiscalYear });
        const ms = performance.now() - t;
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        if (round > 0) (times[fiscalYear] ??= []).push(ms); // round 0 warms up (and fills the geography table)
      }
    }
    core.close();

    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    console.log('fiscal year   p50 ms   p95 ms');
    for (const fy of years) {
      const s = sorted(times[fy]);
      console.log(`${String(fy).padEnd(11)} ${percentile(s, 50).toFixed(1).padStart(8)} ${percentile(s, 95).toFixed(1).padStart(8)}`);
    }
    const all = sorted(Object.values(times).flat());
    const p95 = percentile(all, 95);
    const ok = p95 <= TARGET_P95_MS;
    console.log(`${ok ? 'PASS' : 'MISS'}: dashboard-summary p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms)`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
