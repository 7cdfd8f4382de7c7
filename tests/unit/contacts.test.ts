import { describe, expect, it } from 'vitest';
import { MINISTRY_AGENCIES, provinceAgencies } from '@shared/schemas/contact';

describe('ministry agencies offered for a contact', () => {
  it('are written with the office province, as letters address them', () => {
    const songkhla = provinceAgencies('สงขลา');
    expect(songkhla).toContain('สำนักงานจัดหางานจังหวัดสงขลา');
    expect(songkhla).toContain('สถาบันพัฒนาฝีมือแรงงาน สงขลา');
    expect(songkhla).toHaveLength(MINISTRY_AGENCIES.length);
  });

  it('are the plain names before the office has set its province', () => {
    expect(provinceAgencies('')).toEqual([...MINISTRY_AGENCIES]);
  });
});
