import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '@shared/api';
import { DATABASE_FILE } from '../../electron/core';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { testCore, type TestCore } from '../helpers/core';

/**
 * The query plans of what reads and writes activity rows, taken from the statements the core
 * really runs (every statement on `activities` is recorded with its parameters while a method
 * runs, then explained on a second connection). Migration 0017 narrowed the indexes a grid save
 * writes; these keep the grid, the reports and the per-person reads on an index, never a scan of
 * every year's rows. The app never runs ANALYZE, and neither does this test.
 */
type Statement = Database.Statement;
const statementMethods = ['all', 'get', 'run', 'iterate'] as const;
const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<(typeof statementMethods)[number], (...args: unknown[]) => unknown>;
const originals = Object.fromEntries(statementMethods.map((m) => [m, proto[m]])) as typeof proto;
let recorded: { sql: string; args: unknown[] }[] = [];
for (const m of statementMethods) {
  proto[m] = function (this: Statement, ...args: unknown[]) {
    if (/\bactivities\b/.test(this.source) && !this.source.startsWith('EXPLAIN')) recorded.push({ sql: this.source, args });
    return originals[m].apply(this, args);
  };
}
afterEach(() => {
  recorded = [];
});

async function plansOf<M extends MethodName>(core: TestCore, method: M, input: Input<M>): Promise<string[]> {
  recorded = [];
  await core.call(method, input);
  const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
  try {
    expect(recorded.length, `${method} reads activities`).toBeGreaterThan(0);
    return recorded.flatMap(({ sql, args }) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail));
  } finally {
    db.close();
  }
}

/** No statement reads the activity rows of every year one by one. */
const noScan = (plans: string[]) => expect(plans.filter((d) => /^SCAN a\b|^SCAN activities\b/.test(d))).toEqual([]);

describe('activity query plans after migrations 0017 and 0019', () => {
  it('keeps the grid, the reports, the nomination and the per-person reads on their indexes', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    const ids = await activityRegister(core);
    const kinds = await core.call('activity-kinds-get', {});
    await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: ids.slice(0, 5).map((volunteerId, i) => ({ volunteerId, kindId: kinds[0].id, people: i + 1 })) });

    const load = await plansOf(core, 'activity-grid-get', { month: '2026-02', district: 'หาดใหญ่' });
    noScan(load);
    expect(load).toContain('SEARCH a USING INDEX activities_volunteer (volunteer_id=? AND date>? AND date<?)');

    const save = await plansOf(core, 'activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: ids.slice(0, 5).map((volunteerId, i) => ({ volunteerId, kindId: kinds[0].id, people: i + 2 })) });
    noScan(save);
    // The saved counts are read cell by cell from the grid index, not each person's whole month from the table.
    expect(save).toContain('SEARCH activities USING INDEX activities_grid_cell (date=? AND kind_id=? AND volunteer_id=?)');
    expect(save.filter((d) => d.includes('activities_volunteer'))).toEqual([]);

    const province = await plansOf(core, 'activity-report', { period: { fiscalYear: 2569, scope: 'year' }, district: '', by: 'district' });
    noScan(province);
    expect(province).toContain('SEARCH a USING COVERING INDEX activities_date (date>? AND date<?)');
    // The year's rows are not looked up in the table one by one: the referrals' outcomes come
    // from the rows that carry one (0019).
    expect(province.filter((d) => /^SEARCH a USING INDEX activities_date\b/.test(d))).toEqual([]);
    expect(province).toContain('SEARCH a USING COVERING INDEX activities_outcome (date>? AND date<?)');

    const district = await plansOf(core, 'activity-report', { period: { fiscalYear: 2569, scope: 'year' }, district: 'หาดใหญ่', by: 'volunteer' });
    noScan(district);
    expect(district).toContain('SEARCH a USING INDEX activities_volunteer (volunteer_id=? AND date>? AND date<?)');

    const nomination = await plansOf(core, 'nomination-rank', { fiscalYear: 2569, district: '' });
    noScan(nomination);
    expect(nomination).toContain('SEARCH a USING COVERING INDEX activities_date (date>? AND date<?)');

    const person = await plansOf(core, 'activity-list', { volunteerId: ids[0] });
    expect(person).toContain('SEARCH a USING INDEX activities_volunteer (volunteer_id=?)');
  });
});
