import type { ImportColumn } from '@shared/api/spreadsheets';
import { COMMON_TITLES, volunteerInput, type VolunteerData, type VolunteerInput } from '@shared/schemas/volunteer';
import { parseThaiDate, toIso, BE_OFFSET } from '@shared/thai/dates';
import { fromThaiDigits } from '@shared/thai/digits';
import { normalizeNationalId } from '@shared/thai/national-id';
import { isKnownPlace } from '../../geo/dataset';
import { fieldByKey, type ValueKind, type VolunteerField } from '../volunteer-fields';
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
  // Strings first: most cells are text, and they are told apart from dates without `instanceof`.
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text ? (parseThaiDate(text) ?? undefined) : null;
  }
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

const LINE_BREAKS = /\r\n?/g;
const SPACES_BUT_NEWLINES = /[^\S\n]+/g;
const SPACES = /\s+/g;
/** Whitespace that `replace(SPACES, ' ').trim()` would change: anything but single inner spaces. */
const UNTIDY_SPACES = /[^\S ]| {2}|^ | $/;
const LOST_ZERO_PHONE = /^[1-9]\d{7,8}$/;

function textOf(cell: RawCell, kind: ValueKind): string {
  if (cell === null) return '';
  let s: string;
  if (typeof cell === 'string') s = cell;
  else if (cell instanceof Date) return toIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  // 13-digit IDs and phone numbers typed into General cells arrive as numbers.
  else s = typeof cell === 'number' ? (Number.isInteger(cell) ? cell.toFixed(0) : String(cell)) : String(cell);
  // Line breaks belong in notes only; elsewhere a wrapped cell is one line of text. Tidy cells,
  // most of them, are kept as they are rather than copied.
  if (kind === 'multiline') s = s.replace(LINE_BREAKS, '\n').replace(SPACES_BUT_NEWLINES, ' ').trim();
  else if (UNTIDY_SPACES.test(s)) s = s.replace(SPACES, ' ').trim();
  if (kind === 'digits' || kind === 'phone') s = fromThaiDigits(s);
  // A phone number stored as a number lost its leading zero.
  if (kind === 'phone' && typeof cell === 'number' && LOST_ZERO_PHONE.test(s)) s = '0' + s;
  if (kind === 'place') s = s.replace(PLACE_PREFIX, '');
  return s;
}

/** A mapped column, resolved once per import rather than once per cell. */
interface Slot {
  index: number;
  field: VolunteerField;
  /** `address.moo` → `address` and `moo`; `phone` → `phone` and null. */
  head: string;
  tail: string | null;
}

const slotsOf = new WeakMap<ImportColumn[], Slot[]>();

function slots(columns: ImportColumn[]): Slot[] {
  let out = slotsOf.get(columns);
  if (!out) {
    out = [];
    for (const col of columns) {
      const field = col.field ? fieldByKey(col.field) : undefined;
      if (!field) continue;
      const [head, tail] = field.key.split('.');
      out.push({ index: col.index, field, head, tail: tail ?? null });
    }
    slotsOf.set(columns, out);
  }
  return out;
}

/** What the form starts from: every field blank (`emptyVolunteer`), built as one literal. */
function blankInput(): Record<string, unknown> {
  return {
    title: '', firstName: '', lastName: '', firstNameEn: '', lastNameEn: '', nationalId: '', birthDate: null, sex: null,
    phone: '', lineId: '', email: '',
    address: { houseNo: '', moo: '', village: '', soi: '', road: '', subdistrict: '', district: '', province: '', postcode: '' },
    education: '', occupation: '', level: '',
    area: { subdistrict: '', district: '', province: '' },
    appointmentOrderNo: '', appointmentDate: null, termStart: null, termEnd: null, notes: '',
  };
}

function set(input: Record<string, unknown>, slot: Slot, value: unknown): void {
  if (slot.tail === null) input[slot.head] = value;
  else (input[slot.head] as Record<string, unknown>)[slot.tail] = value;
}

/** Builds the form input of one row; dates that cannot be read are reported, not guessed. */
function toInput(cells: RawRow, columns: ImportColumn[], errors: string[]): VolunteerInput {
  const input = blankInput();
  let sexSet = false;
  for (const slot of slots(columns)) {
    const field = slot.field;
    const cell = cells[slot.index] ?? null;
    if (field.kind === 'date') {
      const iso = dateOf(cell);
      if (iso === undefined) errors.push(`${field.label}: อ่านวันที่ "${String(cell)}" ไม่ได้ (ใช้รูปแบบ 13/03/2563 หรือ 13 มี.ค. 2563)`);
      set(input, slot, iso ?? null);
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
      set(input, slot, textOf(cell, field.kind));
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

type Place = { subdistrict: string; district: string; province: string };

function checkPlace(which: string, place: Place, warnings: string[]): void {
  if (place.subdistrict && place.district && place.province && !isKnownPlace(place)) {
    warnings.push(`${which}: ไม่พบ ต.${place.subdistrict} อ.${place.district} จ.${place.province} ในฐานข้อมูลตำบล`);
  } else if ((place.subdistrict || place.district) && !(place.subdistrict && place.district && place.province)) {
    warnings.push(`${which}: ระบุตำบล อำเภอ จังหวัด ไม่ครบ`);
  }
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
  checkPlace('ที่อยู่', input.address, warnings);
  checkPlace('พื้นที่รับผิดชอบ', input.area, warnings);
  return { row, input, data: errors.length || !parsed.success ? null : parsed.data, errors, warnings };
}
