/**
 * Volunteer search over 100,000 synthetic volunteers in a file database: p50/p95 of the
 * `volunteer-list` call (validation, SQL, mapping) against the same SQL run raw on the same
 * database, for name-part, ID-part and district-filter searches returning a page of 50 and the
 * total. Target (issue 4): p95 ≤ 10 ms and ≤ 1.5× the raw SQL. Exits non-zero when missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { volunteerListQuery, type VolunteerListQuery } from '@shared/api/volunteers';
import { todayIso } from '@shared/thai/dates';
import { DATABASE_FILE, createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/open';
import { countSql, listSql, MATCH_COUNT_SQL, pageSql, WALK_ABOVE } from '../../electron/core/volunteers/list';
import { generateVolunteers, insertMany, seededRandom } from '../../electron/core/volunteers/sample';

const COUNT = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const ROUNDS = 5;
/** Words under three letters cannot use the trigram index: shown for information, outside the target mix. */
const SHORT = 'short word (info)';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-bench-'));
  try {
    const t0 = performance.now();
    const people = generateVolunteers(COUNT, { seed: 7 });
    const db = openDatabase(path.join(dir, DATABASE_FILE));
    db.transaction(() => insertMany(db, people, new Date()))();
    db.pragma('optimize');
    db.close();
    console.log(`seeded ${COUNT.toLocaleString('en-US')} volunteers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // The mix: parts of names (inside Thai words), parts of IDs and phones, district filters.
    const random = seededRandom(11);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
    const part = (s: string, len: number) => {
      const chars = [...s];
      const start = Math.floor(random() * Math.max(1, chars.length - len));
      return chars.slice(start, start + len).join('');
    };
    const districts = [...new Set(people.map((p) => p.area.district))];
    const queries: { kind: string; q: VolunteerListQuery }[] = [];
    for (let i = 0; i < 40; i++) {
      const p = pick(people);
      queries.push({ kind: 'name part', q: { q: part(p.lastName, 4) } });
      queries.push({ kind: 'first + last', q: { q: `${p.firstName} ${part(p.lastName, 3)}` } });
      queries.push({ kind: 'ID part', q: { q: part(p.nationalId, 6) } });
      queries.push({ kind: 'district', q: { district: pick(districts) } });
      queries.push({ kind: 'district + name', q: { district: p.area.district, q: part(p.firstName, 3) } });
      if (i % 4 === 0) queries.push({ kind: SHORT, q: { q: part(p.lastName, 2) } });
    }

    const core = createCore({ dataDir: dir, resourcesDir: path.resolve('resources'), log: () => {} });
    const raw = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    const today = todayIso();
    const service: Record<string, number[]> = {};
    const floor: Record<string, number[]> = {};
    const matchCount = raw.prepare(MATCH_COUNT_SQL).pluck();
    const rawStatements = queries.map(({ q }) => {
      const parsed = volunteerListQuery.parse(q);
      const s = listSql(parsed, today);
      return { s, page: [raw.prepare(pageSql(s)), raw.prepare(pageSql(s, true))], count: [raw.prepare(countSql(s)), raw.prepare(countSql(s, true))], params: s.params };
    });
    for (let round = 0; round <= ROUNDS; round++) {
      for (const [i, { kind, q }] of queries.entries()) {
        let t = performance.now();
        const r = await core.dispatch('volunteer-list', { ...q, pageSize: 50 });
        const ms = performance.now() - t;
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        const st = rawStatements[i];
        t = performance.now();
        // The same statements the service runs, on the same plan.
        const matches = st.s.match === null ? null : (matchCount.get(st.s.match) as number);
        const many = matches !== null && matches > WALK_ABOVE ? 1 : 0;
        if (!st.s.matchOnly) st.count[many].pluck().get(...st.params);
        st.page[many].all(...st.params, 50, 0);
        const rawMs = performance.now() - t;
        if (round === 0) continue; // warm-up
        (service[kind] ??= []).push(ms);
        (floor[kind] ??= []).push(rawMs);
      }
    }
    core.close();
    raw.close();

    const all = (m: Record<string, number[]>) =>
      Object.entries(m)
        .filter(([k]) => k !== SHORT)
        .flatMap(([, v]) => v)
        .sort((a, b) => a - b);
    const rows = [...Object.keys(service).map((k) => [k, service[k].sort((a, b) => a - b), floor[k].sort((a, b) => a - b)] as const), ['all', all(service), all(floor)] as const];
    console.log('query             service p50   p95 │ raw SQL p50   p95 │ p95 ratio');
    for (const [kind, s, f] of rows) {
      console.log(
        `${kind.padEnd(18)} ${percentile(s, 50).toFixed(2).padStart(8)} ${percentile(s, 95).toFixed(2).padStart(6)}` +
          ` │ ${percentile(f, 50).toFixed(2).padStart(8)} ${percentile(f, 95).toFixed(2).padStart(6)}` +
          ` │ ${(percentile(s, 95) / percentile(f, 95)).toFixed(2).padStart(6)}×`,
      );
    }
    const [, s, f] = rows[rows.length - 1];
    const p95 = percentile(s, 95);
    const ratio = p95 / percentile(f, 95);
    const ok = p95 <= 10 && ratio <= 1.5;
    console.log(`${ok ? 'PASS' : 'MISS'}: p95 ${p95.toFixed(2)} ms (target ≤ 10 ms), ${ratio.toFixed(2)}× raw SQL (target ≤ 1.5×)`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
