import { digits, fromThaiDigits } from './digits';

/** Dates are stored and passed as ISO `YYYY-MM-DD` in the Christian era; users see the Buddhist era. */
export type IsoDate = string;

export const BE_OFFSET = 543;

export const THAI_MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.',
  'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digits of `value` from `at` to `end` as a number, or -1 if one is not 0–9. */
function digitsAt(value: string, at: number, end: number): number {
  let n = 0;
  for (let i = at; i < end; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * `YYYY-MM-DD` naming a real day of the (proleptic) Gregorian calendar. Checked by arithmetic
 * rather than through a Date: every imported row checks up to four dates. Years 0000–0099 are
 * refused, as the Date round trip this replaces refused them (`Date.UTC` reads them as 1900–1999);
 * tests/unit/thai.test.ts compares the two over every day of years 0–3000.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 7);
  const d = digitsAt(value, 8, 10);
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]);
}

export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in local time as ISO. */
export function todayIso(now: Date = new Date()): IsoDate {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export interface ThaiFormatOptions {
  thaiDigits?: boolean;
}

/** `2020-03-13` → `13 มีนาคม 2563`. */
export function formatThaiDateLong(iso: IsoDate, opts: ThaiFormatOptions = {}): string {
  const { year, month, day } = isoParts(iso);
  return digits(`${day} ${THAI_MONTHS[month - 1]} ${year + BE_OFFSET}`, !!opts.thaiDigits);
}

/** `2020-03-13` → `13 มี.ค. 2563`. */
export function formatThaiDateShort(iso: IsoDate, opts: ThaiFormatOptions = {}): string {
  const { year, month, day } = isoParts(iso);
  return digits(`${day} ${THAI_MONTHS_SHORT[month - 1]} ${year + BE_OFFSET}`, !!opts.thaiDigits);
}

/** `2020-03-13` → `13/03/2563`, the form clerks type. */
export function formatThaiDateNumeric(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year + BE_OFFSET}`;
}

/** `2026-12-04` → `2569-12-04`: a B.E. date for file names, which sort by it. */
export function formatBeFileDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${year + BE_OFFSET}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The name the app suggests for a dated file it makes (PDF, spreadsheet, Word, backup): the given
 * parts, empty ones left out, then the B.E. date, by which Thai offices file and which sorts.
 * `(['ทะเบียนอาสาสมัครแรงงาน'], '2026-12-04')` → `ทะเบียนอาสาสมัครแรงงาน-2569-12-04`.
 */
export function datedFileName(parts: (string | undefined)[], iso: IsoDate): string {
  return [...parts, formatBeFileDate(iso)].filter(Boolean).join('-');
}

/** `11:00` → `11.00 น.` */
export function formatThaiTime(hhmm: string, opts: ThaiFormatOptions = {}): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`not a time: ${hhmm}`);
  return digits(`${m[1].padStart(2, '0')}.${m[2]} น.`, !!opts.thaiDigits);
}

/** The local clock time of an instant as a clerk writes it: `08.30 น.` */
export function formatThaiClock(at: Date, opts: ThaiFormatOptions = {}): string {
  return formatThaiTime(`${at.getHours()}:${String(at.getMinutes()).padStart(2, '0')}`, opts);
}

/**
 * The month (1–12) a Thai month name means, as clerks write it: in full (`มกราคม`), abbreviated
 * with or without dots (`ม.ค.`, `มค`), or the full name without its ending (`มกรา`, `กุมภา`,
 * `เมษา`); 0 when it names no month.
 */
export function thaiMonthNumber(name: string): number {
  const text = name.replace(/\s/g, '');
  const bare = text.replace(/\./g, '');
  let i = THAI_MONTHS.findIndex((n) => n === text);
  if (i < 0) i = THAI_MONTHS_SHORT.findIndex((n) => n.replace(/\./g, '') === bare);
  if (i < 0 && bare.length >= 4) i = THAI_MONTHS.findIndex((n) => n.replace(/(คม|ยน|พันธ์)$/, '') === bare);
  return i + 1;
}

/**
 * Reads a date as people write it: `13/3/2563`, `13-03-2020`, `13 มีนาคม 2563`, `13 มี.ค. 63`,
 * `2563-03-13`, with Arabic or Thai digits. A year above 2400 is taken as B.E.; a two-digit year
 * as B.E. 25xx. Returns ISO or null.
 */
const SPACE_RUNS = /\s+/g;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const D_MONTH_Y = /^(\d{1,2}) ?([^\d\s]+) ?(\d{2}|\d{4})$/;

export function parseThaiDate(input: string): IsoDate | null {
  const text = fromThaiDigits(input).trim().replace(SPACE_RUNS, ' ');
  if (!text) return null;
  let day: number, month: number, year: number;
  let m = YMD.exec(text);
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = DMY.exec(text))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = D_MONTH_Y.exec(text))) {
    month = thaiMonthNumber(m[2]);
    if (month === 0) return null;
    [day, year] = [Number(m[1]), Number(m[3])];
  } else {
    return null;
  }
  if (year < 100) year += 2500;
  if (year > 2400) year -= BE_OFFSET;
  const iso = toIso(year, month, day);
  return isIsoDate(iso) ? iso : null;
}

/**
 * Reads a clock time as Thai offices write it: `11.00`, `11:00`, `1100`, `11 น.`, `11.00 น.`,
 * `9.30`, `930`, `๑๑.๐๐`, `11.00 นาฬิกา`. Returns `HH:MM` (24 h) or null.
 */
const TIME_SEPARATED = /^(\d{1,2})(?:[.:](\d{2}))?$/;
const TIME_RUN = /^(\d{1,2})(\d{2})$/;
const TIME_SUFFIX = /\s*(?:น\.?|นาฬิกา)\s*$/;

export function parseThaiTime(input: string): string | null {
  const text = fromThaiDigits(input).trim().replace(TIME_SUFFIX, '').replace(SPACE_RUNS, '');
  const m = TIME_SEPARATED.exec(text) ?? TIME_RUN.exec(text);
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2] ?? 0)];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = isoParts(a);
  const pb = isoParts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const { year, month, day } = isoParts(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Age in whole years on a given day. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = isoParts(birth);
  const o = isoParts(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age--;
  return age;
}
