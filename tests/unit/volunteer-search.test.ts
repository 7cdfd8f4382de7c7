import { describe, expect, it } from 'vitest';
import { volunteerListQuery } from '@shared/api/volunteers';
import { defaultVolunteerRules, emptyVolunteer, volunteerWarnings } from '@shared/schemas/volunteer';
import { isValidNationalId } from '@shared/thai';
import { listSql } from '../../electron/core/volunteers/list';
import { generateVolunteers } from '../../electron/core/volunteers/sample';
import { queryWords, searchText, thaiSortKey } from '../../electron/core/volunteers/search-text';

describe('Thai sort key', () => {
  it('orders names as a Thai dictionary does, ignoring leading vowels', () => {
    const names = ['ไพโรจน์', 'กิตติ', 'เกษม', 'กมล', 'แก้ว', 'โกวิท', 'ขวัญ', 'ใจดี'];
    const sorted = [...names].sort((a, b) => (thaiSortKey(a) < thaiSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['กมล', 'กิตติ', 'เกษม', 'แก้ว', 'โกวิท', 'ขวัญ', 'ใจดี', 'ไพโรจน์']);
  });
});

describe('search words', () => {
  it('reads an ID or phone typed with dashes, spaces or Thai digits as one number', () => {
    expect(queryWords(' 1-1017-00203 ')).toEqual(['1101700203']);
    expect(queryWords('๐๘๑ ๒๓๔')).toEqual(['081234']);
    expect(queryWords('สมชาย  ใจดี')).toEqual(['สมชาย', 'ใจดี']);
    expect(queryWords('Somchai')).toEqual(['somchai']);
    expect(queryWords('%_')).toEqual([]);
    expect(queryWords('a\u0000bc\tde')).toEqual(['a', 'bc', 'de']);
  });

  it('indexes names with and without the space, the English name and bare digits', () => {
    const text = searchText({ title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', firstNameEn: 'Somchai', lastNameEn: 'Jaidee', nationalId: '1101700203450', phone: '081-234-5678' });
    expect(text).toBe('นายสมชาย ใจดี|สมชายใจดี|somchai jaidee|1101700203450|0812345678');
  });

  it('quotes words as FTS5 phrases and checks short words row by row', () => {
    const s = listSql(volunteerListQuery.parse({ q: 'ใจ "ดีมาก', status: 'active' }), '2025-01-01');
    expect(s.match).toBe('"""ดีมาก"');
    expect(s.params).toEqual(['"""ดีมาก"', '%ใจ%', 'active']);
    expect(s.matchOnly).toBe(false);
  });
});

describe('synthetic volunteers', () => {
  it('have valid, unique national IDs and come out the same for the same seed', () => {
    const a = generateVolunteers(2000, { seed: 1 });
    expect(a.every((v) => isValidNationalId(v.nationalId))).toBe(true);
    expect(new Set(a.map((v) => v.nationalId)).size).toBe(2000);
    expect(generateVolunteers(5, { seed: 1 })).toEqual(a.slice(0, 5));
    expect(generateVolunteers(50, { province: 'สงขลา' }).every((v) => v.area.province === 'สงขลา')).toBe(true);
  });
});

describe('rule warnings', () => {
  it('warn about age and residence by the office rules', () => {
    const v = {
      ...emptyVolunteer,
      birthDate: '2010-06-01',
      address: { ...emptyVolunteer.address, province: 'สงขลา', district: 'สะเดา' },
      area: { subdistrict: 'คอหงส์', district: 'หาดใหญ่', province: 'สงขลา' },
    };
    expect(volunteerWarnings(v, defaultVolunteerRules, '2025-01-01')).toEqual(['อายุ 14 ปี ต่ำกว่าเกณฑ์ 18 ปี', 'ที่อยู่ไม่อยู่ในอำเภอหาดใหญ่ ซึ่งเป็นพื้นที่รับผิดชอบ']);
    expect(volunteerWarnings(v, { ...defaultVolunteerRules, minAge: null, residence: 'province' }, '2025-01-01')).toEqual([]);
  });
});
