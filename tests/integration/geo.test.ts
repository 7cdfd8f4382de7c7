import { describe, expect, it } from 'vitest';
import { geoCounts, isKnownPlace } from '../../electron/core/geo/dataset';
import { testCore } from '../helpers/core';

describe('Thai geography dataset', () => {
  it('ships every province and district and about 7,400–7,900 subdistricts', () => {
    const c = geoCounts();
    expect(c.provinces).toBe(77);
    expect(c.districts).toBe(928);
    // The official count is about 7,436; the dataset also keeps some older subdistrict names
    // beside renamed or moved ones (7,862 distinct province/district/subdistrict names).
    expect(c.subdistricts).toBe(7862);
    expect(c.rows).toBeGreaterThanOrEqual(c.subdistricts);
    expect(isKnownPlace({ subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา' })).toBe(true);
  });

  it('suggests complete places for a subdistrict, district or postcode, office province first', async () => {
    const core = testCore();
    await core.call('settings-save', {
      officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา', address: '', phone: '', headName: '', headPosition: '',
      signatories: [], operatorName: '', emblem: null,
    });
    const bySub = await core.call('geo-suggest', { q: 'คอหงส์' });
    expect(bySub[0]).toEqual({ subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา', postcode: '90110' });

    // "บ่อยาง" exists in more than one province; the office's comes first.
    const common = await core.call('geo-suggest', { q: 'ต.บ่อยาง', limit: 50 });
    expect(common[0].province).toBe('สงขลา');

    const byPostcode = await core.call('geo-suggest', { q: '90110', limit: 50 });
    expect(byPostcode.length).toBeGreaterThan(5);
    expect(byPostcode.every((p) => p.postcode === '90110')).toBe(true);

    const twoWords = await core.call('geo-suggest', { q: 'คลองแห หาดใหญ่' });
    expect(twoWords).toEqual([{ subdistrict: 'คลองแห', district: 'หาดใหญ่', province: 'สงขลา', postcode: '90110' }]);

    expect(await core.call('geo-suggest', { q: '   ' })).toEqual([]);
    expect(await core.call('geo-districts', { province: 'สงขลา' })).toHaveLength(16);
    expect(await core.call('geo-subdistricts', { province: 'สงขลา', district: 'หาดใหญ่' })).toContain('คอหงส์');
  });
});
