import { describe, expect, it } from 'vitest';
import {
  addDays, ageOn, bahtText, datedFileName, daysBetween, fiscalYearOf, fiscalYearRange, formatBaht, formatNationalId, formatPhone, formatThaiClock,
  formatThaiDateLong, formatThaiDateShort, formatThaiTime, fromThaiDigits, isIsoDate, isValidNationalId,
  maskNationalId, nationalIdCheckDigit, parseAmount, parseThaiDate, parseThaiTime, toThaiDigits,
} from '@shared/thai';

describe('national ID', () => {
  it('computes the check digit as DOMAIN.md describes', () => {
    // 1-1037-02071-56-? : Σ = 1·13+1·12+0·11+3·10+7·9+0·8+2·7+0·6+7·5+1·4+5·3+6·2 = 198; 198 mod 11 = 0 → 11 mod 10 = 1
    expect(nationalIdCheckDigit('110370207156')).toBe(1);
    expect(isValidNationalId('1103702071561')).toBe(true);
    expect(isValidNationalId('1-1037-02071-56-1')).toBe(true);
    expect(isValidNationalId('๑๑๐๓๗๐๒๐๗๑๕๖๑')).toBe(true);
    expect(isValidNationalId('1103702071562')).toBe(false);
    expect(isValidNationalId('110370207156')).toBe(false);
    expect(isValidNationalId('11037020715a1')).toBe(false);
  });
  it('formats and masks', () => {
    expect(formatNationalId('1103702071561')).toBe('1-1037-02071-56-1');
    expect(maskNationalId('1103702071561')).toBe('1-1037-xxxxx-xx-1');
  });
});

describe('dates', () => {
  it('shows Buddhist-era dates long, short and times', () => {
    expect(formatThaiDateLong('2020-03-13')).toBe('13 มีนาคม 2563');
    expect(formatThaiDateShort('2020-03-13')).toBe('13 มี.ค. 2563');
    expect(formatThaiDateLong('2020-03-13', { thaiDigits: true })).toBe('๑๓ มีนาคม ๒๕๖๓');
    expect(formatThaiTime('9:30')).toBe('09.30 น.');
    expect(formatThaiTime('11:00', { thaiDigits: true })).toBe('๑๑.๐๐ น.');
  });
  it('names dated files by the Buddhist-era date, which offices file by and which sorts', () => {
    expect(datedFileName(['ทะเบียนอาสาสมัครแรงงาน'], '2026-12-04')).toBe('ทะเบียนอาสาสมัครแรงงาน-2569-12-04');
    expect(datedFileName(['รายงาน', undefined, '', 'หาดใหญ่'], '2026-01-31')).toBe('รายงาน-หาดใหญ่-2569-01-31');
  });
  it('reads times as Thai offices write them', () => {
    for (const typed of ['11.00', '11:00', '1100', '11 น.', '11.00 น.', '11', '๑๑.๐๐', '11.00 นาฬิกา']) expect(parseThaiTime(typed)).toBe('11:00');
    expect(parseThaiTime('9.30')).toBe('09:30');
    expect(parseThaiTime('930')).toBe('09:30');
    expect(parseThaiTime('16.45 น.')).toBe('16:45');
    for (const bad of ['', '25.00', '11.60', '11.5', 'บ่ายโมง', '11-00']) expect(parseThaiTime(bad)).toBeNull();
  });
  it('reads dates as people write them', () => {
    expect(parseThaiDate('13/3/2563')).toBe('2020-03-13');
    expect(parseThaiDate('13-03-2020')).toBe('2020-03-13');
    expect(parseThaiDate('13 มีนาคม 2563')).toBe('2020-03-13');
    expect(parseThaiDate('13 มี.ค. 63')).toBe('2020-03-13');
    expect(parseThaiDate('๑๓/๐๓/๒๕๖๓')).toBe('2020-03-13');
    expect(parseThaiDate('2563-03-13')).toBe('2020-03-13');
    expect(parseThaiDate('31/02/2563')).toBeNull();
    expect(parseThaiDate('hello')).toBeNull();
  });
  it('checks ISO dates by arithmetic exactly as the Date round trip did', () => {
    // The implementation before the import's fast path, kept here as the reference.
    const viaDate = (value: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const dt = new Date(Date.UTC(y, mo - 1, d));
      return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let differ = 0;
    let valid = 0;
    for (let y = 0; y <= 3000; y++) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          if (isIsoDate(s) !== viaDate(s)) differ++;
          if (viaDate(s)) valid++;
        }
      }
    }
    expect(differ).toBe(0);
    expect(valid).toBe(2901 * 365 + 703); // years 100–3000 and their leap days
    for (const s of ['2020-3-13', '2020-03-1', '20200-03-13', '2020/03/13', '2020-03-13 ', ' 2020-03-13', '2020-03-1a', '2020-0a-13', '२०२०-03-13', '๒๐๒๐-03-13', '', '2020-02-30', '2019-02-29', '2000-02-29', '1900-02-29']) {
      expect(isIsoDate(s), s).toBe(viaDate(s));
    }
  });
  it('does day arithmetic', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(ageOn('1980-03-14', '2020-03-13')).toBe(39);
    expect(ageOn('1980-03-13', '2020-03-13')).toBe(40);
  });
});

describe('fiscal year', () => {
  it('turns over on 1 October', () => {
    expect(fiscalYearOf('2019-09-30')).toBe(2562);
    expect(fiscalYearOf('2019-10-01')).toBe(2563);
    expect(fiscalYearOf('2020-03-13')).toBe(2563);
    expect(fiscalYearRange(2563)).toEqual({ start: '2019-10-01', end: '2020-09-30' });
  });
});

describe('digits and money', () => {
  it('converts digits both ways', () => {
    expect(toThaiDigits('13 มี.ค. 2563')).toBe('๑๓ มี.ค. ๒๕๖๓');
    expect(fromThaiDigits('๑,๒๐๐.๕๐')).toBe('1,200.50');
  });
  it('spells baht the Thai way', () => {
    expect(bahtText(1200)).toBe('หนึ่งพันสองร้อยบาทถ้วน');
    expect(bahtText(21)).toBe('ยี่สิบเอ็ดบาทถ้วน');
    expect(bahtText(11)).toBe('สิบเอ็ดบาทถ้วน');
    expect(bahtText(101)).toBe('หนึ่งร้อยเอ็ดบาทถ้วน');
    expect(bahtText(1)).toBe('หนึ่งบาทถ้วน');
    expect(bahtText(0)).toBe('ศูนย์บาทถ้วน');
    expect(bahtText(0.5)).toBe('ห้าสิบสตางค์');
    expect(bahtText(2_500_000)).toBe('สองล้านห้าแสนบาทถ้วน');
    expect(bahtText(11_000_021.25)).toBe('สิบเอ็ดล้านยี่สิบเอ็ดบาทยี่สิบห้าสตางค์');
    expect(formatBaht(1234.5)).toBe('1,234.50');
  });
  it('reads an amount as clerks type it: Thai digits, thousands commas, the Thai layout\'s number row', () => {
    expect(parseAmount('1,200')).toBe(1200);
    expect(parseAmount('๑๒๓')).toBe(123);
    expect(parseAmount(' ๑,๒๕๐.๕ ')).toBe(1250.5);
    expect(parseAmount('ๅ/จจ')).toBe(1200);
    expect(parseAmount('300.456')).toBe(300.46);
    expect(parseAmount('.5')).toBe(0.5);
    expect(parseAmount('')).toBe('');
    expect(parseAmount('1.2.3')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('สามร้อย')).toBeNull();
  });
});

describe('phone numbers', () => {
  it('are grouped as offices write them, whatever was typed', () => {
    expect(formatPhone('0957331359')).toBe('095-733-1359');
    expect(formatPhone('๐๘๑ ๒๓๔ ๕๖๗๘')).toBe('081-234-5678');
    expect(formatPhone('021234567')).toBe('02-123-4567');
    expect(formatPhone('074311047')).toBe('074-311-047');
    expect(formatPhone('074-311047 ต่อ 12')).toBe('074-311047 ต่อ 12');
    expect(formatPhone('')).toBe('');
  });
});

describe('clock time', () => {
  it('is the local time of an instant, as a clerk writes it', () => {
    expect(formatThaiClock(new Date(2026, 0, 15, 8, 5))).toBe('08.05 น.');
    expect(formatThaiClock(new Date(2026, 0, 15, 21, 38), { thaiDigits: true })).toBe('๒๑.๓๘ น.');
  });
});
