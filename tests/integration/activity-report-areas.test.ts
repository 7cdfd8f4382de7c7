import { describe, expect, it } from 'vitest';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { testCore } from '../helpers/core';
import { readXlsx } from '../helpers/spreadsheet-fixtures';

describe('the ministry workbook by volunteer', () => {
  it('names each person with the area the register holds: a blank subdistrict is left out, not printed as a bare ต.', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    const [withArea, noSubdistrict] = await activityRegister(core);
    const v = (await core.call('volunteer-get', { id: noSubdistrict })).volunteer;
    await core.call('volunteer-update', { ...v, area: { ...v.area, subdistrict: '' } });
    const [pr] = (await core.call('activity-kinds-get', {})).map((k) => k.id);
    await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [withArea, noSubdistrict].map((volunteerId) => ({ volunteerId, kindId: pr, people: 4 })) });

    const file = await core.call('activity-report-xlsx', { period: { fiscalYear: 2569, scope: 'month', month: 5 }, district: 'หาดใหญ่', by: 'volunteer' });
    const ws = (await readXlsx(file.bytes)).getWorksheet('ผลงานตามประเภท')!;
    const names = (ws.getColumn(1).values as unknown[]).map(String);
    const person = (id: number) => core.call('volunteer-get', { id }).then((d) => `${d.volunteer.title}${d.volunteer.firstName} ${d.volunteer.lastName}`);
    expect(names).toContain(`${await person(withArea)} (ต.คอหงส์ อ.หาดใหญ่)`);
    expect(names).toContain(`${await person(noSubdistrict)} (อ.หาดใหญ่)`);
  });
});
