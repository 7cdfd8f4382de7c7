import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fiscalYearOf, todayIso } from '@shared/thai';
import { NominationPage } from '../../renderer/src/features/awards/NominationPage';
import { testCore } from '../helpers/core';
import { volunteer } from '../helpers/seminar-fixtures';
import { connectCore, renderScreen } from './render';

/** The ranking's score line, against a real core: each part named, a part with nothing reads 0. */
describe('อสร.ดีเด่น score line', () => {
  it('names each part of the score with its points, and says 0 for a part with nothing', async () => {
    const core = testCore();
    connectCore(core);
    const { id } = await core.call('volunteer-create', { ...volunteer(1, 'หาดใหญ่', 'คลองแห'), termStart: '2020-10-01', termEnd: '2030-09-30' });
    const [publicity] = await core.call('activity-kinds-get', {});
    // This month, so the fiscal year the page opens on has it whatever the day.
    await core.call('activity-grid-save', { month: todayIso().slice(0, 7), district: 'หาดใหญ่', cells: [{ volunteerId: id, kindId: publicity.id, people: 7 }] });
    const years = (await core.call('nomination-rank', { fiscalYear: fiscalYearOf(todayIso()), district: '' })).rows[0].years;

    renderScreen(<NominationPage />);
    // 1 record × 1, 7 people × 0.1, no event attended, the years in office × 1.
    const line = await screen.findByTestId('nomination-score-parts', {}, { timeout: 15_000 });
    const row = line.closest('tr')!;
    expect(row.textContent).toContain('นายสมหมาย1 ทดสอบ1');
    expect(line.textContent).toBe(`ผลงาน 1 · ผู้ได้รับประโยชน์ 0.7 · เข้าร่วม 0 · อายุงาน ${years}`);
    expect(line.textContent).not.toContain('-');
    expect(within(row).getByTestId('nomination-score').textContent).toBe(String(1.7 + years));
  });
});
