import type { VolunteerData } from '@shared/schemas/volunteer';
import { generateVolunteers } from '../../electron/core/volunteers/sample';
import type { TestCore } from './core';

/** The day the activity tests run on: 15 March 2026 (B.E. 2569, fiscal year 2569). */
export const ACTIVITY_NOW = new Date('2026-03-15T03:00:00Z');

/**
 * Five volunteers of หาดใหญ่ and one of เมืองสงขลา, each with one term (1 Oct 2024 – 30 Sep 2027)
 * unless given another start.
 */
export async function activityRegister(core: TestCore, termStarts: string[] = []): Promise<number[]> {
  const people = generateVolunteers(6, { seed: 17, province: 'สงขลา', today: '2026-03-15' });
  const ids: number[] = [];
  for (const [i, p] of people.entries()) {
    const district = i < 5 ? 'หาดใหญ่' : 'เมืองสงขลา';
    const subdistrict = i < 5 ? ['คอหงส์', 'คลองแห', 'คอหงส์', 'ทุ่งใหญ่', 'น้ำน้อย'][i] : 'บ่อยาง';
    const termStart = termStarts[i] ?? '2024-10-01';
    const v: VolunteerData = {
      ...p,
      area: { province: 'สงขลา', district, subdistrict },
      address: { ...p.address, province: 'สงขลา', district, subdistrict, postcode: '' },
      appointmentDate: null,
      appointmentOrderNo: '',
      termStart,
      termEnd: '2027-09-30',
    };
    ids.push((await core.call('volunteer-create', v)).id);
  }
  return ids;
}
