import type { ImportColumn } from '@shared/api/spreadsheets';
import { COMMON_TITLES, volunteerInput, type VolunteerData, type VolunteerInput } from '@shared/schemas/volunteer';
import { parseThaiDate, toIso, BE_OFFSET } from '@shared/thai/dates';
import { fromThaiDigits } from '@shared/thai/digits';
import { isValidNationalId, normalizeNationalId } from '@shared/thai/national-id';
import { stripControls } from '@shared/schemas/common';
import { isKnownPlace, postcodeOf } from '../../geo/dataset';
import { splitAddress } from './address-text';
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
  /** The area of responsibility was taken from the home address (the file has no area columns). */
  areaFromAddress: boolean;
  /** Lines added to the notes for values that could not be read (an unreadable date). */
  kept: string[];
  /**
   * Fields the import filled in itself, not from a cell: the sex from the title, the province from
   * the office's, the postcode from the geography. An update lets them fill only an empty field.
   */
  derived: string[];
}

/** How rows are completed where the file says nothing. */
export interface RowOptions {
  /** The file has no area columns and the clerk left "area from the home address" on. */
  areaFromAddress: boolean;
  /** The office's province (settings), for addresses and areas that give none. */
  officeProvince: string;
}

const NO_OPTIONS: RowOptions = { areaFromAddress: false, officeProvince: '' };

/** Fields a person cannot be registered without; a problem anywhere else is a warning. */
const REQUIRED = new Set(['title', 'firstName', 'lastName', 'nationalId']);

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

/** A date as a cell holds it (a date cell, B.E. or C.E. text, Thai digits, a serial day): ISO, null when blank, undefined when unreadable. */
export function dateOf(cell: RawCell): string | null | undefined {
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
/** What the multiline tidying would change: CR, tabs and other spaces, runs of spaces, spaces at the ends. */
const UNTIDY_MULTILINE = /\r|[^\S\n ]| {2}|^\s|\s$/;
const LOST_ZERO_PHONE = /^[1-9]\d{7,8}$/;

/** A cell as the text a field of this kind keeps: controls stripped, spaces tidied, Thai digits and lost phone zeros mended. */
export function textOf(cell: RawCell, kind: ValueKind): string {
  if (cell === null) return '';
  let s: string;
  if (typeof cell === 'string') s = stripControls(cell);
  else if (cell instanceof Date) return toIso(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  // 13-digit IDs and phone numbers typed into General cells arrive as numbers.
  else s = typeof cell === 'number' ? (Number.isInteger(cell) ? cell.toFixed(0) : String(cell)) : String(cell);
  // Line breaks belong in notes only; elsewhere a wrapped cell is one line of text. Tidy cells,
  // most of them, are kept as they are rather than copied.
  if (kind === 'multiline') {
    // Long notes are copied only when there is something to tidy: a copy of every note would double an import's memory.
    if (UNTIDY_MULTILINE.test(s)) s = s.replace(LINE_BREAKS, '\n').replace(SPACES_BUT_NEWLINES, ' ').trim();
  }
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

/**
 * An ID Excel showed in scientific notation (`3.10E+12`) and a CSV then saved that way: its last
 * digits are gone for good, so the row says what happened and how to keep IDs whole in Excel.
 */
const SCIENTIFIC = /^\d(\.\d+)?e\+?\d+$/i;
const SCIENTIFIC_ID =
  'Excel แสดงเลขนี้เป็นแบบวิทยาศาสตร์ (เช่น 3.10E+12) และตัวเลขหลักท้ายหายไปแล้ว กรุณาเปิดไฟล์ต้นฉบับใน Excel เลือกคอลัมน์เลขประจำตัวประชาชน คลิกขวา › จัดรูปแบบเซลล์ › ข้อความ (Text) แล้วพิมพ์เลข 13 หลักใหม่ก่อนบันทึก';

function isScientificId(cell: RawCell, id: string): boolean {
  if (typeof cell === 'string') return SCIENTIFIC.test(cell.trim());
  // A number cell from such a CSV pasted back into Excel: 13 digits ending in zeros that fail the check digit.
  return typeof cell === 'number' && /^\d{13}$/.test(id) && /0000$/.test(id) && !isValidNationalId(id);
}

/** Builds the form input of one row; values that cannot be read are warned about and kept in the notes. */
function toInput(cells: RawRow, columns: ImportColumn[], errors: string[], warnings: string[], kept: string[], derived: string[]): VolunteerInput {
  const input = blankInput();
  let sexSet = false;
  for (const slot of slots(columns)) {
    const field = slot.field;
    const cell = cells[slot.index] ?? null;
    if (field.kind === 'date') {
      const iso = dateOf(cell);
      if (iso === undefined) {
        warnings.push(`${field.label}: อ่านวันที่ "${String(cell)}" ไม่ได้ จึงเก็บไว้ในหมายเหตุ (ใช้รูปแบบ 13/03/2563 หรือ 13 มี.ค. 2563)`);
        kept.push(`${field.label}ในไฟล์: ${String(cell).trim()}`);
      }
      set(input, slot, iso ?? null);
    } else if (field.kind === 'fullName') {
      const [title, rest] = splitTitle(textOf(cell, 'text'));
      const [first, ...last] = rest.split(' ');
      if (title && !input.title) input.title = title;
      if (!input.firstName) input.firstName = first ?? '';
      if (!input.lastName) input.lastName = last.join(' ');
    } else if (field.kind === 'fullAddress') {
      const address = input.address as Record<string, string>;
      for (const [part, value] of Object.entries(splitAddress(textOf(cell, 'text'))) as [string, string][]) {
        if (!address[part]) address[part] = part === 'houseNo' || part === 'moo' || part === 'postcode' ? fromThaiDigits(value) : value;
      }
    } else if (field.kind === 'sex') {
      const word = textOf(cell, 'text').toLowerCase();
      if (word) {
        const sex = SEX_WORDS[word];
        if (!sex) warnings.push(`${field.label}: ไม่รู้จัก "${word}" จึงเว้นว่างไว้ (ใช้ ชาย หรือ หญิง)`);
        input.sex = sex ?? null;
        sexSet = !!sex;
      }
    } else if (field.kind === 'nationalId') {
      const id = normalizeNationalId(textOf(cell, 'text'));
      input.nationalId = id;
      if (isScientificId(cell, id)) errors.push(`${field.label}: ${SCIENTIFIC_ID}`);
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
    if (input.sex) derived.push('sex');
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

/**
 * What is wrong with a person's places against the geography: a place it does not know, or one
 * given in part. The area is not checked where it was taken from the address (said once).
 */
export function placeWarnings(p: { address: Place; area: Place }, areaFromAddress: boolean): string[] {
  const warnings: string[] = [];
  checkPlace('ที่อยู่', p.address, warnings);
  if (!areaFromAddress) checkPlace('พื้นที่รับผิดชอบ', p.area, warnings);
  return warnings;
}

/**
 * Completes the places from what is known: a home address without its province gets the office's
 * when the subdistrict is in it, the postcode comes from the geography, and (when asked) the area of
 * responsibility is the home address. Returns whether the area was taken from the address.
 */
function completePlaces(input: VolunteerInput, options: RowOptions, derived: string[]): boolean {
  const address = input.address;
  const office = options.officeProvince;
  if (!address.province && office && address.district && isKnownPlace({ ...address, province: office })) {
    address.province = office;
    derived.push('address.province');
  }
  if (!address.postcode && address.subdistrict) {
    address.postcode = postcodeOf(address);
    if (address.postcode) derived.push('address.postcode');
  }
  if (!options.areaFromAddress || !(address.subdistrict || address.district)) return false;
  input.area = { subdistrict: address.subdistrict, district: address.district, province: address.province || office };
  return true;
}

const pathKey = (path: PropertyKey[]) => path.map(String).join('.');

function valueAt(input: VolunteerInput, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | null)?.[k], input);
}

function setAt(target: object, path: PropertyKey[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<Record<PropertyKey, unknown>>((v, k) => v[k] as Record<PropertyKey, unknown>, target as Record<PropertyKey, unknown>);
  parent[path[path.length - 1]] = value;
}

/** A blank of the same kind, which every optional field accepts. */
const blankOf = (v: unknown) => (typeof v === 'string' ? '' : null);

/**
 * Checks one row with the form's schema. A person is refused only for what the register cannot
 * do without (title, names, a valid national ID); a value of any other field that the form would
 * refuse (a phone that is not one, an e-mail without @, a postcode of 4 digits) is kept exactly as
 * the file has it, with a warning on the row, so nothing typed is lost.
 */
export function checkRow(cells: RawRow, row: number, columns: ImportColumn[], options: RowOptions = NO_OPTIONS): CheckedRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const kept: string[] = [];
  const derived: string[] = [];
  const input = toInput(cells, columns, errors, warnings, kept, derived);
  const areaFromAddress = completePlaces(input, options, derived);
  if (kept.length) input.notes = [input.notes, ...kept].filter(Boolean).join('\n');
  let parsed = volunteerInput.safeParse(input);
  const asTyped: [PropertyKey[], unknown][] = [];
  if (!parsed.success) {
    const retry = structuredClone(input);
    for (const issue of parsed.error.issues) {
      const label = fieldLabel(issue.path);
      const msg = label && !issue.message.includes(label) ? `${label}: ${issue.message}` : issue.message;
      if (REQUIRED.has(pathKey(issue.path)) || issue.path.length === 0) {
        // The scientific-notation note already says what is wrong with this ID.
        if (!(issue.path[0] === 'nationalId' && errors.length) && !errors.includes(msg)) errors.push(msg);
        continue;
      }
      const typed = valueAt(input, issue.path);
      if (asTyped.some(([p]) => pathKey(p) === pathKey(issue.path))) continue;
      asTyped.push([issue.path, typed]);
      setAt(retry, issue.path, blankOf(typed));
      warnings.push(`${msg} — นำเข้าตามที่พิมพ์ไว้ "${String(typed)}" กรุณาตรวจแก้ในทะเบียนภายหลัง`);
    }
    if (!errors.length) parsed = volunteerInput.safeParse(retry);
  }
  warnings.push(...placeWarnings(input, areaFromAddress));
  let data: VolunteerData | null = null;
  if (!errors.length && parsed.success) {
    data = parsed.data;
    for (const [path, typed] of asTyped) setAt(data, path, typed);
  } else if (!errors.length) {
    // Blanking the optional fields did not satisfy the schema: say why rather than drop the row silently.
    for (const issue of parsed.error!.issues) errors.push(issue.message);
  }
  return { row, input, data, errors, warnings, areaFromAddress, kept, derived };
}
