import type { ImportColumn } from '@shared/api/spreadsheets';
import { COMMON_TITLES, emptyAddress, emptyVolunteer, volunteerInput, type VolunteerData, type VolunteerInput } from '@shared/schemas/volunteer';
import { parseThaiDate, toIso, BE_OFFSET } from '@shared/thai/dates';
import { fromThaiDigits } from '@shared/thai/digits';
import { normalizeNationalId } from '@shared/thai/national-id';
import { allPlaces } from '../../geo/dataset';
import { fieldByKey, type ValueKind } from '../volunteer-fields';
import type { RawCell, RawRow } from './table';

/**
 * Turns one spreadsheet row into what the volunteer form would send, then validates it with the
 * form's own schema: an imported volunteer passes exactly the checks a typed one does.
 */

export interface CheckedRow {
  /** Row number as Excel shows it. */
  row: number;
  input: VolunteerInput;
  data: VolunteerData | null;
  errors: string[];
  warnings: string[];
}

/** Short forms first, so `น.ส.` is not read as `น` + `.ส.`; longest titles before their prefixes. */
const TITLE_ALIASES: [string, string][] = [
  ['น.ส.', 'นางสาว'],
  ['นส.', 'นางสาว'],
  ...[...COMMON_TITLES].sort((a, b) => b.length - a.length).map((t): [string, string] => [t, t]),
  ['Mr.', 'นาย'],
  ['Mrs.', 'นาง'],
  ['Ms.', 'นางสาว'],
  ['Miss', 'นางสาว'],
];

/** `นายสมชาย` → [`นาย`, `สมชาย`]; a name without a known title is left whole. */
export function splitTitle(name: string): [string, string] {
  const s = name.trim();
  for (const [alias, title] of TITLE_ALIASES) if (s.startsWith(alias)) return [title, s.slice(alias.length).trim()];
  return ['', s];
}

const FEMALE_TITLES = new Set(['นาง', 'นางสาว', 'ว่าที่ร้อยตรีหญิง']);
const SEX_WORDS: Record<string, 'male' | 'female'> = { ชาย: 'male', ช: 'male', male: 'male', m: 'male', หญิง: 'female', ญ: 'female', female: 'female', f: 'female' };

const PLACE_PREFIX = /^(ตำบล|แขวง|อำเภอ|เขต|จังหวัด|ต\.|อ\.|จ\.)\s*/;

/** Excel serial day numbers count from 1899-12-30 (its 1900 leap-year bug included). */
function fromSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 2_958_465) return null;
  const d = new Date(Math.round((n - 25569) * 86_400_000));
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function dateOf(cell: RawCell): string | null | undefined {
  if (cell === null) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    // A Thai clerk in a Gregorian Excel types 13/3/2563 and gets the year 2563 C.E.
    const y = cell.getUTCFullYear();
    return toIso(y > 2400 ? y - BE_OFFSET : y, cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') return fromSerial(cell) ?? undefined;
  const text = String(cell).trim();
  if (!text) return null;
  return parseThaiDate(text) ?? undefined;
}

function textOf(cell: RawCell, kind: ValueKind): string {
  if (cell === null) return '';
  if (cell instanceof Date) return toIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  // 13-digit IDs and phone numbers typed into General cells arrive as numbers.
  let s = typeof cell === 'number' ? (Number.isInteger(cell) ? cell.toFixed(0) : String(cell)) : String(cell);
  // Line breaks belong in notes only; elsewhere a wrapped cell is one line of text.
  s = kind === 'multiline' ? s.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ').trim() : s.replace(/\s+/g, ' ').trim();
  if (kind === 'digits' || kind === 'phone') s = fromThaiDigits(s);
  // A phone number stored as a number lost its leading zero.
  if (kind === 'phone' && typeof cell === 'number' && /^[1-9]\d{7,8}$/.test(s)) s = '0' + s;
  if (kind === 'place') s = s.replace(PLACE_PREFIX, '');
  return s;
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const [head, tail] = key.split('.');
  if (tail) (target[head] as Record<string, unknown>)[tail] = value;
  else target[head] = value;
}

/** Builds the form input of one row; dates that cannot be read are reported, not guessed. */
function toInput(cells: RawRow, columns: ImportColumn[], errors: string[]): VolunteerInput {
  const input: Record<string, unknown> = { ...emptyVolunteer, address: { ...emptyAddress }, area: { ...emptyVolunteer.area } };
  let sexSet = false;
  for (const col of columns) {
    const field = col.field ? fieldByKey(col.field) : undefined;
    if (!field) continue;
    const cell = cells[col.index] ?? null;
    if (field.kind === 'date') {
      const iso = dateOf(cell);
      if (iso === undefined) errors.push(`${field.label}: อ่านวันที่ "${String(cell)}" ไม่ได้ (ใช้รูปแบบ 13/03/2563 หรือ 13 มี.ค. 2563)`);
      setPath(input, field.key, iso ?? null);
    } else if (field.kind === 'fullName') {
      const [title, rest] = splitTitle(textOf(cell, 'text'));
      const [first, ...last] = rest.split(' ');
      if (title && !input.title) input.title = title;
      if (!input.firstName) input.firstName = first ?? '';
      if (!input.lastName) input.lastName = last.join(' ');
    } else if (field.kind === 'sex') {
      const word = textOf(cell, 'text').toLowerCase();
      if (word) {
        const sex = SEX_WORDS[word];
        if (!sex) errors.push(`${field.label}: ไม่รู้จัก "${word}" (ใช้ ชาย หรือ หญิง)`);
        input.sex = sex ?? null;
        sexSet = true;
      }
    } else if (field.kind === 'nationalId') {
      input.nationalId = normalizeNationalId(textOf(cell, 'text'));
    } else {
      setPath(input, field.key, textOf(cell, field.kind));
    }
  }
  // A title typed into the first-name cell (`นายสมชาย`) is split off when there is no title.
  if (!input.title && typeof input.firstName === 'string') {
    const [title, rest] = splitTitle(input.firstName);
    if (title) [input.title, input.firstName] = [title, rest];
  }
  if (!sexSet && typeof input.title === 'string' && input.title) {
    input.sex = FEMALE_TITLES.has(input.title) ? 'female' : input.title === 'นาย' ? 'male' : null;
  }
  return input as unknown as VolunteerInput;
}

function fieldLabel(path: PropertyKey[]): string {
  return fieldByKey(path.map(String).join('.'))?.label ?? '';
}

let placeKeys: Set<string> | null = null;

/** Checks against the geography dataset through a set built once: a list names thousands of places. */
export function isKnownPlace(p: { subdistrict: string; district: string; province: string }): boolean {
  placeKeys ??= new Set(allPlaces().map((x) => `${x.province}|${x.district}|${x.subdistrict}`));
  return placeKeys.has(`${p.province}|${p.district}|${p.subdistrict}`);
}

export function checkRow(cells: RawRow, row: number, columns: ImportColumn[]): CheckedRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const input = toInput(cells, columns, errors);
  const parsed = volunteerInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const label = fieldLabel(issue.path);
      const msg = label && !issue.message.includes(label) ? `${label}: ${issue.message}` : issue.message;
      if (!errors.includes(msg)) errors.push(msg);
    }
  }
  for (const [which, place] of [['ที่อยู่', input.address], ['พื้นที่รับผิดชอบ', input.area]] as const) {
    if (place.subdistrict && place.district && place.province && !isKnownPlace(place)) {
      warnings.push(`${which}: ไม่พบ ต.${place.subdistrict} อ.${place.district} จ.${place.province} ในฐานข้อมูลตำบล`);
    } else if ((place.subdistrict || place.district) && !(place.subdistrict && place.district && place.province)) {
      warnings.push(`${which}: ระบุตำบล อำเภอ จังหวัด ไม่ครบ`);
    }
  }
  return { row, input, data: errors.length || !parsed.success ? null : parsed.data, errors, warnings };
}
