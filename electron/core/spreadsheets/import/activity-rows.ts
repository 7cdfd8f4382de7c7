import { ACTIVITY_OUTCOME_LABELS, ACTIVITY_OUTCOMES, peopleCount, type ActivityKindInfo, type ActivityOutcome } from '@shared/schemas/activity';
import { BE_OFFSET, THAI_MONTHS, THAI_MONTHS_SHORT, thaiMonthNumber, toIso } from '@shared/thai/dates';
import { fromThaiDigits } from '@shared/thai/digits';
import { isValidNationalId, normalizeNationalId } from '@shared/thai/national-id';
import { shortArea } from '@shared/schemas/volunteer';
import type { Db } from '../../db/open';
import { kindNames } from '../activity-fields';
import { normalizeHeader } from './headers';
import type { RawCell, RawRow } from './table';
import { dateOf, splitTitle, textOf } from './volunteer-rows';

/* Reading the cells of an activity report: counts, months, kinds, outcomes, and who the row is. */

/** People reached as a cell holds it (`12`, `๑๒`, `12 คน`, `1,200`): the number, or why it cannot be one. */
export function countOf(cell: RawCell): { people: number | null; error?: string } {
  if (cell === null) return { people: null };
  let n: number;
  if (typeof cell === 'number') n = cell;
  else {
    const text = fromThaiDigits(String(cell)).replace(/[,\s]|คน$/g, '');
    if (!text) return { people: null };
    n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(n)) return { people: null, error: `อ่านจำนวน "${String(cell).trim()}" ไม่ได้ (ใส่เป็นตัวเลข เช่น 12)` };
  }
  const parsed = peopleCount.safeParse(n);
  return parsed.success ? { people: parsed.data } : { people: null, error: parsed.error.issues[0].message };
}

const MONTH_YEAR = /^(\d{1,2})[/.-](\d{2}|\d{4})$/;
const NAMED_MONTH = /^(?:เดือน)?\s*([^\d\s]+)\s*(?:พ\.ศ\.)?\s*(\d{2}|\d{4})$/;

/** `YYYY-MM` of a month written `ตุลาคม 2568`, `ต.ค. 68`, `10/2568`, or any date in it; null when blank, undefined when unreadable. */
export function monthOf(cell: RawCell): string | null | undefined {
  const day = dateOf(cell);
  if (day) return day.slice(0, 7);
  if (day === null) return null;
  if (typeof cell !== 'string') return undefined;
  const text = fromThaiDigits(cell).trim().replace(/\s+/g, ' ');
  let month = 0;
  let year = 0;
  let m = MONTH_YEAR.exec(text);
  if (m) [month, year] = [Number(m[1]), Number(m[2])];
  else if ((m = NAMED_MONTH.exec(text))) [month, year] = [thaiMonthNumber(m[1]), Number(m[2])];
  return yearMonth(month, year) ?? undefined;
}

/** `YYYY-MM` (C.E.) from a month and a year as written: B.E. in full or in two digits (`68`), or C.E. */
function yearMonth(month: number, year: number): string | null {
  if (month < 1 || month > 12 || !year) return null;
  if (year < 100) year += 2500;
  if (year > 2400) year -= BE_OFFSET;
  return toIso(year, month, 1).slice(0, 7);
}

/** A run of Thai words (and the dots of an abbreviation) followed by a year of 2 or 4 digits. */
const WORDS_THEN_YEAR = /([\u0E01-\u0E4F.]+)\s*(\d{4}|\d{2})(?!\d)/g;
const MONTH_ENDINGS = [...THAI_MONTHS, ...THAI_MONTHS_SHORT].sort((a, b) => b.length - a.length);

/** The month a run of Thai words ends with (`ผลงานมกราคม`, `ประจำเดือนม.ค.`), or 0. */
function monthAtEnd(words: string): number {
  const exact = thaiMonthNumber(words);
  if (exact) return exact;
  const name = MONTH_ENDINGS.find((n) => words.endsWith(n));
  return name ? thaiMonthNumber(name) : 0;
}

/**
 * The month a report's title line names, read from the rows above its header: "ผลการปฏิบัติงาน
 * อาสาสมัครแรงงาน ประจำเดือน มกราคม 2568", "เดือน ม.ค. 68", "ประจำเดือนตุลาคม พ.ศ. ๒๕๖๗" (full or
 * abbreviated names, B.E. in full or two digits, Thai digits). A month after the word เดือน is
 * taken first; otherwise a month with its year, unless a day stands before it (a date such as
 * "ข้อมูล ณ วันที่ 31 มกราคม 2568" is when the sheet was made, not its month). A line naming two
 * months (a quarter, "ต.ค. – ธ.ค. 67") names no one month. Returns `YYYY-MM` and the line as written.
 */
export function monthFromTitle(rows: RawRow[]): { month: string; line: string } | null {
  let fallback: { month: string; line: string } | null = null;
  for (const row of rows) {
    const line = row
      .map((c) => (c instanceof Date ? (dateOf(c) ?? '') : c === null || typeof c === 'boolean' ? '' : String(c)))
      .map((c) => (/^\d{4}-\d{2}-\d{2}$/.test(c) ? `${THAI_MONTHS[Number(c.slice(5, 7)) - 1]} ${Number(c.slice(0, 4)) + BE_OFFSET}` : c))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!line) continue;
    // "พ.ศ." and "ปี" may stand between the month and its year.
    const text = fromThaiDigits(line).replace(/พ\s*\.\s*ศ\s*\.?|\sปี\s*(?=\d)/g, ' ').replace(/\s+/g, ' ');
    const found: { month: string; named: boolean }[] = [];
    const named = new Set<number>();
    for (const m of text.matchAll(WORDS_THEN_YEAR)) {
      const after = m[1].lastIndexOf('เดือน');
      const words = after >= 0 ? m[1].slice(after + 'เดือน'.length) : m[1];
      const before = text.slice(0, m.index);
      const keyword = after >= 0 || /เดือน\s*$/.test(before);
      const month = monthAtEnd(words);
      if (!month || (!keyword && /\d\s*$/.test(before))) continue;
      const ym = yearMonth(month, Number(m[2]));
      if (ym) found.push({ month: ym, named: keyword });
    }
    for (const word of text.split(/[\s\-–—]+|ถึง/)) named.add(monthAtEnd(word.replace(/^.*เดือน/, '')));
    named.delete(0);
    if (named.size > 1 || !found.length) continue;
    const withWord = found.find((f) => f.named);
    if (withWord) return { month: withWord.month, line };
    fallback ??= { month: found[0].month, line };
  }
  return fallback;
}

const OUTCOME_WORDS: [string, ActivityOutcome][] = (
  [
    ...ACTIVITY_OUTCOMES.map((o): [string, ActivityOutcome] => [ACTIVITY_OUTCOME_LABELS[o], o]),
    ['ได้รับความช่วยเหลือ', 'helped'], ['ช่วยเหลือแล้ว', 'helped'], ['สำเร็จ', 'helped'], ['helped', 'helped'],
    ['ไม่ได้รับ', 'not_helped'], ['ไม่สำเร็จ', 'not_helped'], ['not helped', 'not_helped'],
    ['รอ', 'pending'], ['อยู่ระหว่างดำเนินการ', 'pending'], ['pending', 'pending'],
  ] satisfies [string, ActivityOutcome][]
).map(([w, o]) => [normalizeHeader(w), o]);

/** What became of a referral, in the words offices use; undefined when not understood. */
export function outcomeOf(text: string): ActivityOutcome | null | undefined {
  const key = normalizeHeader(text);
  if (!key) return null;
  return OUTCOME_WORDS.find(([w]) => w === key)?.[1];
}

/** The office's kinds by the names they go by, for a kind written in a cell. */
export function kindMatcher(kinds: ActivityKindInfo[]): (text: string) => ActivityKindInfo | undefined {
  const byName = new Map<string, ActivityKindInfo>();
  // Full names first, so a short name never hides another kind's full one.
  for (const k of kinds) byName.set(normalizeHeader(k.name), k);
  for (const k of kinds) for (const n of kindNames(k.name)) if (!byName.has(normalizeHeader(n))) byName.set(normalizeHeader(n), k);
  return (text) => byName.get(normalizeHeader(text));
}

/** A volunteer as the import names them back to the clerk. */
export interface Candidate {
  id: number;
  name: string;
  nationalId: string;
  district: string;
  subdistrict: string;
  firstName: string;
  lastName: string;
}

const nameKey = (first: string, last: string) => `${first}${last}`.replace(/\s+/g, '');
const districtKey = (d: string) => d.replace(/^(อำเภอ|อ\.|เขต)\s*/, '').replace(/\s+/g, '');
const placeOf = (c: Candidate) => shortArea(c) || 'ไม่ระบุพื้นที่';

/** Who a row is: by national ID, or by name (and district) when that names one person only. */
export interface Identity {
  nationalId: string;
  title: string;
  firstName: string;
  lastName: string;
  district: string;
}

export function identityOf(id: RawCell, fullName: RawCell, title: RawCell, first: RawCell, last: RawCell, district: RawCell): Identity {
  const person = { title: textOf(title, 'text'), firstName: textOf(first, 'text'), lastName: textOf(last, 'text') };
  if (!person.firstName && fullName !== null) {
    const [t, rest] = splitTitle(textOf(fullName, 'text'));
    const [firstName = '', ...lastName] = rest.split(' ');
    Object.assign(person, { title: person.title || t, firstName, lastName: lastName.join(' ') });
  }
  return { nationalId: normalizeNationalId(textOf(id, 'text')), ...person, district: textOf(district, 'place') };
}

const SELECT = `SELECT id, trim(title || first_name || ' ' || last_name) AS name, COALESCE(national_id, '') AS nationalId,
  area_district AS district, area_subdistrict AS subdistrict, first_name AS firstName, last_name AS lastName FROM volunteers WHERE erased_at IS NULL`;

/**
 * Finds the register's volunteers for the rows of one file: the IDs in one statement, the names
 * (read once, only when some row has no ID) by first and last name without spaces.
 */
export function volunteerFinder(db: Db, ids: string[]): (who: Identity) => { found?: Candidate; error?: string; warning?: string } {
  const byId = new Map((db.prepare(`${SELECT} AND national_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Candidate[]).map((c) => [c.nationalId, c]));
  let byName: Map<string, Candidate[]> | null = null;
  const named = () => {
    if (!byName) {
      byName = new Map();
      for (const c of db.prepare(SELECT).all() as Candidate[]) {
        const key = nameKey(c.firstName, c.lastName);
        byName.set(key, [...(byName.get(key) ?? []), c]);
      }
    }
    return byName;
  };
  return (who) => {
    const fileName = `${who.title}${who.firstName} ${who.lastName}`.trim();
    if (who.nationalId) {
      if (!isValidNationalId(who.nationalId)) return { error: `เลขประจำตัวประชาชน "${who.nationalId}" ไม่ถูกต้อง กรุณาตรวจสอบ` };
      const found = byId.get(who.nationalId);
      if (!found) return { error: `ไม่พบเลขประจำตัวประชาชน ${who.nationalId}${fileName ? ` (${fileName})` : ''} ในทะเบียนอาสาสมัคร` };
      // A title or spacing that differs is the same person; another name may be a mistyped ID.
      const differs = !!who.firstName && nameKey(who.firstName, who.lastName) !== nameKey(found.firstName, found.lastName);
      return { found, warning: differs ? `ชื่อในไฟล์ "${fileName}" ไม่ตรงกับทะเบียน บันทึกให้ ${found.name} ตามเลขประจำตัวประชาชน กรุณาตรวจสอบ` : undefined };
    }
    if (!who.firstName) return { error: 'ไม่มีเลขประจำตัวประชาชนหรือชื่อ-นามสกุล ระบุอย่างใดอย่างหนึ่งเพื่อจับคู่กับทะเบียน' };
    const all = named().get(nameKey(who.firstName, who.lastName)) ?? [];
    const here = who.district ? all.filter((c) => districtKey(c.district) === districtKey(who.district)) : all;
    if (here.length === 1) return { found: here[0] };
    if (here.length > 1) {
      return { error: `ชื่อ ${fileName} ตรงกับอาสาสมัครหลายคน: ${here.map((c) => `${c.name} (${placeOf(c)})`).join(', ')} กรุณาใส่เลขประจำตัวประชาชน${who.district ? '' : 'หรืออำเภอ'}` };
    }
    if (all.length) return { error: `ไม่พบ ${fileName} ในอำเภอ${districtKey(who.district)} (มีชื่อนี้ที่ ${all.map(placeOf).join(', ')}) กรุณาตรวจสอบอำเภอหรือใส่เลขประจำตัวประชาชน` };
    return { error: `ไม่พบชื่อ ${fileName} ในทะเบียนอาสาสมัคร กรุณาตรวจสอบการสะกดหรือใส่เลขประจำตัวประชาชน` };
  };
}
