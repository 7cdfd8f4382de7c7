import { describe, expect, it } from 'vitest';
import type { VolunteerData } from '@shared/schemas/volunteer';
import { generateVolunteers } from '../../electron/core/volunteers/sample';
import { ACTIVITY_NOW } from '../helpers/activity-fixtures';
import { testCore } from '../helpers/core';
import { pdfText, savePdf } from './reports/pdf-tools';

const JOB = 'สำนักงานจัดหางานจังหวัด';
const REFERRALS = '2. การชี้เป้า/ส่งต่อ จำแนกตามหน่วยงานที่รับเรื่อง';

describe('section headings of printed reports', () => {
  it('never end a page: the activity report carries a heading over to the page its table starts on, however many rows come before', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    const people = generateVolunteers(24, { seed: 5, province: 'สงขลา', today: '2026-03-15' });
    const ids: number[] = [];
    for (const p of people) {
      const area = { province: 'สงขลา', district: 'หาดใหญ่', subdistrict: 'คลองแห' };
      const v: VolunteerData = { ...p, area, address: { ...p.address, ...area, postcode: '' }, appointmentDate: null, appointmentOrderNo: '', termStart: '2024-10-01', termEnd: '2027-09-30' };
      ids.push((await core.call('volunteer-create', v)).id);
    }
    const [pr, ref] = (await core.call('activity-kinds-get', {})).map((k) => k.id);
    await core.call('activity-create', { volunteerId: ids[0], kindId: ref, date: '2026-02-10', people: 1, place: '', notes: '', agency: JOB, outcome: 'helped' });

    // One more person with a count each time: the first table grows a row at a time until the
    // referrals' heading has passed the foot of page 1.
    const pagesOfHeading: number[] = [];
    for (let n = 1; n < ids.length; n++) {
      await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[n], kindId: pr, people: n }] });
      if (n < 10) continue;
      const file = await core.call('report-activities', { query: { period: { fiscalYear: 2569, scope: 'month', month: 5 }, district: 'หาดใหญ่', by: 'volunteer' } });
      const pages = pdfText(savePdf(`activity-report-heading-${n}.pdf`, file.bytes)).split('\f');
      const at = pages.findIndex((p) => p.includes(REFERRALS));
      expect(at, `${n} rows`).toBeGreaterThanOrEqual(0);
      // The heading's page holds its table's first row too.
      expect(pages[at], `${n} rows: the heading is alone at the foot of page ${at + 1}`).toContain(JOB);
      pagesOfHeading.push(at);
    }
    // The rows tried did push the heading to the second page.
    expect(pagesOfHeading).toContain(0);
    expect(pagesOfHeading).toContain(1);
  });
});
